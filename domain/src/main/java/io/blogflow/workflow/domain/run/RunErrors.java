package io.blogflow.workflow.domain.run;

import io.blogflow.shared.domain.DomainException;

/** Refusals around action runs. */
public final class RunErrors {

    private RunErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String id) {
            super(Kind.NOT_FOUND, "run-not-found", "No action run '" + id + "' on this post.");
        }
    }

    /** An idempotency key names one request: the same key with another action or section is a client bug (400). */
    public static final class KeyReused extends DomainException {
        public KeyReused() {
            super(Kind.INVALID, "idempotency-key.reused",
                    "This Idempotency-Key was already used for another action or section of this post.");
        }
    }

    /** The key's first request is still generating: retry later for its result (409). */
    public static final class InProgress extends DomainException {
        public InProgress(String runId) {
            super(Kind.CONFLICT, "run.in-progress",
                    "The run " + runId + " started with this Idempotency-Key is still generating; retry shortly.");
        }
    }

    /** A section action needs a section, a post action must not get one (400). */
    public static final class WrongTarget extends DomainException {
        public WrongTarget(String message) {
            super(Kind.INVALID, "section-id.invalid", message);
        }
    }

    /** A disabled action offers no runs (409). */
    public static final class ActionDisabled extends DomainException {
        public ActionDisabled(String name) {
            super(Kind.CONFLICT, "action.disabled", "The action '" + name + "' is disabled.");
        }
    }
}
