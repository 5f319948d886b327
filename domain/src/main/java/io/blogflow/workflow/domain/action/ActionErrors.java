package io.blogflow.workflow.domain.action;

import io.blogflow.shared.domain.DomainException;

/** Refusals of actions and action buttons. */
public final class ActionErrors {

    private ActionErrors() {
    }

    /** No such action or button (also for a malformed id): 404 with {@code action-not-found} / {@code button-not-found}. */
    public static final class NotFound extends DomainException {
        public NotFound(String kindOfThing, String id) {
            super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing + " '" + id + "'.");
        }
    }

    /** The request is well-formed but the current state refuses it (409). */
    public static final class Conflict extends DomainException {
        public Conflict(String code, String message) {
            super(Kind.CONFLICT, code, message);
        }
    }
}
