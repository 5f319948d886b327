package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

public final class SlugTakenException extends DomainException {

    public SlugTakenException(Slug slug) {
        super(Kind.CONFLICT, "slug-taken", "The slug '" + slug + "' is already used by another post.");
    }
}
