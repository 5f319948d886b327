package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the workflow definition. */
public final class WorkflowErrors {

    private WorkflowErrors() {
    }

    /** No such item at that level (also for a malformed id): 404. */
    public static final class NotFound extends DomainException {
        public NotFound(WorkflowLevel level, String id) {
            super(Kind.NOT_FOUND, level.label() + "-not-found", "No " + level.label().replace('-', ' ') + " '" + id + "'.");
        }

        public NotFound(String what) {
            super(Kind.NOT_FOUND, "workflow-not-found", "No workflow '" + what + "'.");
        }
    }
}
