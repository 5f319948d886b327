package io.blogflow.workflow.domain.progress;

import io.blogflow.shared.domain.DomainException;

/** Refusals of a post's progress through the workflow: the request is understood, the post's state refuses it (409). */
public final class ProgressErrors {

    private ProgressErrors() {
    }

    public static final class Refused extends DomainException {
        public Refused(String code, String message) {
            super(Kind.CONFLICT, code, message);
        }
    }

    /** An id that names no stage or sub-stage of the workflow (or a sub-stage of another stage): 404. */
    public static final class UnknownItem extends DomainException {
        public UnknownItem(String what, Object id) {
            super(Kind.NOT_FOUND, what + "-not-found", "No " + what.replace('-', ' ') + " '" + id + "' in the workflow.");
        }
    }
}
