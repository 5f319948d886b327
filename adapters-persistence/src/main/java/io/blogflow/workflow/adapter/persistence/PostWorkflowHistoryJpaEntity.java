package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code post_workflow_history}: one move of a post; the database refuses updates and direct deletes. */
@Entity
@Table(name = "post_workflow_history")
public class PostWorkflowHistoryJpaEntity {

    @Id
    UUID id;

    /** Assigned by the database (identity), the order moves were stored in. */
    @Column(nullable = false, insertable = false, updatable = false)
    Long seq;

    @Column(name = "post_id", nullable = false, updatable = false)
    UUID postId;

    @Column(nullable = false, length = 16, updatable = false)
    String kind;

    @Column(name = "from_stage_id", updatable = false)
    UUID fromStageId;

    @Column(name = "from_sub_stage_id", updatable = false)
    UUID fromSubStageId;

    @Column(name = "to_stage_id", nullable = false, updatable = false)
    UUID toStageId;

    @Column(name = "to_sub_stage_id", nullable = false, updatable = false)
    UUID toSubStageId;

    @Column(name = "sub_stage_id", updatable = false)
    UUID subStageId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    UUID actorId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;
}
