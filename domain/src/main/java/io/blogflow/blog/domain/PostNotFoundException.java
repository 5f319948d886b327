package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

public final class PostNotFoundException extends DomainException {

    public PostNotFoundException(String id) {
        super(Kind.NOT_FOUND, "post-not-found", "No post with id '" + id + "'.");
    }
}
