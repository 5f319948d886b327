package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code workflow_stages}: the workflow's stages. */
@Entity
@Table(name = "workflow_stages")
@AttributeOverride(name = "parentId", column = @Column(name = "workflow_id", nullable = false, updatable = false))
public class WorkflowStageJpaEntity extends WorkflowItemRow {
}
