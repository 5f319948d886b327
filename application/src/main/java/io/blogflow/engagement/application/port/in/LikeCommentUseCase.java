package io.blogflow.engagement.application.port.in;

import io.blogflow.engagement.domain.CommentRef;
import io.blogflow.engagement.domain.LikeState;
import io.blogflow.engagement.domain.VisitorKey;

/** A visitor likes or stops liking a comment; both are idempotent and rate limited per client. */
public interface LikeCommentUseCase {

    LikeState like(LikeComment command);

    LikeState unlike(LikeComment command);

    record LikeComment(CommentRef comment, VisitorKey visitor, String client) {
    }
}
