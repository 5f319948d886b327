package io.blogflow.images.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the image catalogue and of image generation. */
public final class ImageErrors {

    private ImageErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String kindOfThing, String id) {
            super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing.replace('-', ' ') + " '" + id + "'.");
        }
    }

    /** The catalogue's current state refuses the write: a duplicate title, a style or format still in use (409). */
    public static final class Conflict extends DomainException {
        public Conflict(String code, String message) {
            super(Kind.CONFLICT, code, message);
        }
    }
}
