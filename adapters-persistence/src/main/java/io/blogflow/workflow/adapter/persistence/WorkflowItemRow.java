package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns stages, sub-stages and steps share. {@code position} is written on insert and otherwise only by the
 * repository's reorder statements, never by an entity update (which could write back a position read before the
 * reorder); {@code parentId} maps to each table's own parent column.
 */
@MappedSuperclass
public abstract class WorkflowItemRow {

    @Id
    UUID id;

    UUID parentId;

    @Column(name = "key", nullable = false, length = 80, updatable = false)
    String key;

    @Column(nullable = false, length = 80)
    String name;

    @Column(nullable = false, updatable = false)
    int position;

    @Column(name = "retired_at")
    Instant retiredAt;

    @Version
    @Column(nullable = false)
    long version;
}
