package io.blogflow.workflow.domain;

/**
 * The three levels of a workflow definition: a workflow has ordered stages, a stage ordered sub-stages, a sub-stage
 * ordered steps. Only steps carry a {@code config} and a {@code required} flag.
 */
public enum WorkflowLevel {
    STAGE("stage"),
    SUB_STAGE("sub-stage"),
    STEP("step");

    private final String label;

    WorkflowLevel(String label) {
        this.label = label;
    }

    /** As used in error codes, audit actions and messages: {@code stage}, {@code sub-stage}, {@code step}. */
    public String label() {
        return label;
    }

    /** The level directly below, or {@code null} for steps. */
    public WorkflowLevel child() {
        return switch (this) {
            case STAGE -> SUB_STAGE;
            case SUB_STAGE -> STEP;
            case STEP -> null;
        };
    }

    /** The level directly above, or {@code null} for stages (whose parent is the workflow itself). */
    public WorkflowLevel parent() {
        return switch (this) {
            case STAGE -> null;
            case SUB_STAGE -> STAGE;
            case STEP -> SUB_STAGE;
        };
    }
}
