package io.blogflow.workflow.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a workflow definition. */
public record WorkflowId(UUID value) {

    public WorkflowId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
