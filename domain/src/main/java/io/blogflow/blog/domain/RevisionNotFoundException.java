package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

public final class RevisionNotFoundException extends DomainException {

    public RevisionNotFoundException(PostId post, int number) {
        super(Kind.NOT_FOUND, "revision-not-found", "Post " + post + " has no revision " + number + ".");
    }
}
