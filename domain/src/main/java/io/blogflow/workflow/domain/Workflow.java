package io.blogflow.workflow.domain;

import java.util.Objects;

/**
 * A workflow definition as a whole. Its {@code version} changes with every change anywhere in the definition
 * (an added, moved, renamed or retired item), so a client can tell whether its copy of the tree is current.
 */
public record Workflow(WorkflowId id, WorkflowKey key, String name, long version) {

    public Workflow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
