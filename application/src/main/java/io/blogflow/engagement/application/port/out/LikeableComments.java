package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.domain.CommentRef;

/**
 * Which comments readers may like: those they can see (approved, on a published post). Answered in bootstrap by the
 * comments context's {@code PublicCommentsUseCase.isPublic}; anything else is a {@code 404} to a like or unlike.
 */
public interface LikeableComments {

    boolean isVisible(CommentRef comment);
}
