package io.blogflow.comments.domain;

import io.blogflow.shared.domain.DomainException;

public final class CommentNotFoundException extends DomainException {

    public CommentNotFoundException(String id) {
        super(Kind.NOT_FOUND, "comment-not-found", "No comment with id '" + id + "'.");
    }
}
