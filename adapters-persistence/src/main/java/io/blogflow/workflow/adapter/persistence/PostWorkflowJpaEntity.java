package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code post_workflow}: where a post stands in the workflow. {@code version} is checked and moved on by the
 * repository under a row lock (not by Hibernate), so the If-Match a client sent is compared with the locked row.
 */
@Entity
@Table(name = "post_workflow")
public class PostWorkflowJpaEntity {

    @Id
    @Column(name = "post_id")
    UUID postId;

    @Column(name = "stage_id", nullable = false)
    UUID stageId;

    @Column(name = "sub_stage_id", nullable = false)
    UUID subStageId;

    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
