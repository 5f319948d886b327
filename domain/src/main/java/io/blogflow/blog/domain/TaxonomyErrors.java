package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the taxonomy (categories and topic clusters). */
public final class TaxonomyErrors {

    private TaxonomyErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String kindOfThing, String id) {
            super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing.replace('-', ' ') + " '" + id + "'.");
        }
    }

    /** The request is well-formed but the taxonomy's current state refuses it (409). */
    public static final class Conflict extends DomainException {
        public Conflict(String code, String message) {
            super(Kind.CONFLICT, code, message);
        }
    }
}
