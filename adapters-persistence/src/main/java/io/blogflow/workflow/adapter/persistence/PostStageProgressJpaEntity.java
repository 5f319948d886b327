package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Row of {@code post_stage_progress}: a post's progress on one stage. */
@Entity
@Table(name = "post_stage_progress")
public class PostStageProgressJpaEntity extends ProgressRow {

    @Column(name = "post_id", nullable = false, updatable = false)
    UUID postId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    UUID stageId;
}
