package io.blogflow.engagement.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.CommentRef;
import io.blogflow.engagement.domain.EngagementCounts;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.ShareNetwork;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Likes (one per visitor fingerprint and target) and shares, with their counts. Counts are exact under concurrency:
 * the store changes a count in the same transaction as the like or share it counts, and never touches the posts
 * themselves (so no public-content change is signalled).
 */
public interface Reactions {

    /** @return {@code true} when the visitor had not liked the post yet */
    boolean likePost(PostId post, Fingerprint visitor, Instant at);

    /** @return {@code true} when the visitor had liked the post */
    boolean unlikePost(PostId post, Fingerprint visitor);

    boolean likeComment(CommentRef comment, Fingerprint visitor, Instant at);

    boolean unlikeComment(CommentRef comment, Fingerprint visitor);

    void share(UUID id, PostId post, ShareNetwork network, Instant at);

    EngagementCounts postCounts(PostId post);

    /** The counts of several posts in one read; posts nobody reacted to are missing. */
    Map<PostId, EngagementCounts> postCounts(Collection<PostId> posts);

    long commentLikes(CommentRef comment);
}
