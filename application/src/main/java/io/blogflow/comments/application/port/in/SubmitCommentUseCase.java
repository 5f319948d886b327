package io.blogflow.comments.application.port.in;

import io.blogflow.comments.domain.Comment;

/** A reader posts a comment or a reply on a published post. */
public interface SubmitCommentUseCase {

    /** The stored comment: approved, pending (awaits moderation) or spam. */
    Comment submit(SubmitCommentCommand command);
}
