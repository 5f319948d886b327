package io.blogflow.engagement.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.LikeState;
import io.blogflow.engagement.domain.VisitorKey;

/** A visitor likes or stops liking a published post; both are idempotent and rate limited per client. */
public interface LikePostUseCase {

    LikeState like(LikePost command);

    LikeState unlike(LikePost command);

    /** @param client the caller's address (the rate-limit key); may be {@code null} */
    record LikePost(PostId post, VisitorKey visitor, String client) {
    }
}
