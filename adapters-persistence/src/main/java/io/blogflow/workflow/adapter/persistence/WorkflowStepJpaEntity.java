package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code workflow_steps}: the workflow's steps. */
@Entity
@Table(name = "workflow_steps")
@AttributeOverride(name = "parentId", column = @Column(name = "sub_stage_id", nullable = false, updatable = false))
public class WorkflowStepJpaEntity extends WorkflowItemRow {

    @Column(nullable = false)
    boolean required;

    /** JSON object text; stored as jsonb. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    String config;
}
