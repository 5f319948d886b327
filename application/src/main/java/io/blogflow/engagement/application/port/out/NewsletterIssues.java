package io.blogflow.engagement.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.PostIssue;
import io.blogflow.engagement.domain.SubscriberId;
import java.time.Instant;
import java.util.Optional;

/** Posts' newsletters and their deliveries: one issue per post, one delivery per (post, subscriber). */
public interface NewsletterIssues {

    /** @return {@code false} when the post had an issue already (published before) */
    boolean add(PostIssue issue, Instant at);

    Optional<PostIssue> find(PostId post);

    /** @return {@code false} when the subscriber was already sent this post */
    boolean recordDelivery(PostId post, SubscriberId subscriber, Instant at);

    /** Marks the issue sent, with its number of deliveries. */
    void finish(PostId post, Instant at);
}
