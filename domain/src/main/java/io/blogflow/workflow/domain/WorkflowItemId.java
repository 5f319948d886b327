package io.blogflow.workflow.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a stage, sub-stage or step; stable for the item's whole life (retired items keep it). */
public record WorkflowItemId(UUID value) {

    public WorkflowItemId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
