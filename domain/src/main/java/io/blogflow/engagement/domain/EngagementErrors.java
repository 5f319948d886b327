package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the engagement context. */
public final class EngagementErrors {

    private EngagementErrors() {
    }

    /** A token that is unknown, used or expired. */
    public static final class InvalidToken extends DomainException {
        public InvalidToken(String code, String message) {
            super(Kind.INVALID, code, message);
        }
    }
}
