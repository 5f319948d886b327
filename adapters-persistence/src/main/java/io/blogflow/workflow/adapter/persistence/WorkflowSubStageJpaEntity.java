package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code workflow_sub_stages}: the workflow's sub-stages. */
@Entity
@Table(name = "workflow_sub_stages")
@AttributeOverride(name = "parentId", column = @Column(name = "stage_id", nullable = false, updatable = false))
public class WorkflowSubStageJpaEntity extends WorkflowItemRow {
}
