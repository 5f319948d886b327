package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code workflows}: the definition as a whole, whose version moves with every change inside it. */
@Entity
@Table(name = "workflows")
public class WorkflowJpaEntity {

    @Id
    UUID id;

    @Column(name = "key", nullable = false, length = 80)
    String key;

    @Column(nullable = false, length = 80)
    String name;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(nullable = false)
    long version;
}
