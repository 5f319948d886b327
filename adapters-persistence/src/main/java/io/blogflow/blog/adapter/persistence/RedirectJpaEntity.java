package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code redirects} table (manual redirects; schema in {@code blog.sql}). */
@Entity
@Table(name = "redirects")
public class RedirectJpaEntity {

    @Id
    UUID id;

    @Column(name = "from_path", nullable = false, length = 2000)
    String fromPath;

    @Column(nullable = false, length = 2000)
    String target;

    @Column(nullable = false)
    short status;

    @Version
    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
