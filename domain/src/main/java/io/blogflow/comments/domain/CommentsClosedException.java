package io.blogflow.comments.domain;

import io.blogflow.shared.domain.DomainException;

/** The post takes no new comments: closed by its author or an editor, or older than the configured period. */
public final class CommentsClosedException extends DomainException {

    public CommentsClosedException() {
        super(Kind.CONFLICT, "comments-closed", "Comments on this post are closed.");
    }
}
