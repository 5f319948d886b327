package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

public final class TagNotFoundException extends DomainException {

    public TagNotFoundException(String id) {
        super(Kind.NOT_FOUND, "tag-not-found", "No tag '" + id + "'.");
    }
}
