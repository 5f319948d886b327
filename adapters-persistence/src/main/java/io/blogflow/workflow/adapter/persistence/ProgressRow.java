package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** The columns stage and sub-stage progress rows share: a status and when work on it started and ended. */
@MappedSuperclass
public abstract class ProgressRow {

    @Id
    UUID id;

    @Column(nullable = false, length = 16)
    String status;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "completed_at")
    Instant completedAt;
}
