package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the engagement context. */
public final class EngagementErrors {

    private EngagementErrors() {
    }

    /** A post that is not published (or does not exist) takes no likes or shares; a comment likewise. */
    public static final class NotFound extends DomainException {
        public NotFound(String kindOfThing, String id) {
            super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing.replace('-', ' ') + " '" + id + "'.");
        }
    }

    /** A webhook delivery that is unsigned, forged or stale (or no secret is configured to check it): a 400. */
    public static final class InvalidSignature extends DomainException {
        public InvalidSignature(String message) {
            super(Kind.INVALID, "webhook.invalid-signature", message);
        }
    }

    /** A token that is unknown, used or expired. */
    public static final class InvalidToken extends DomainException {
        public InvalidToken(String code, String message) {
            super(Kind.INVALID, code, message);
        }
    }
}
