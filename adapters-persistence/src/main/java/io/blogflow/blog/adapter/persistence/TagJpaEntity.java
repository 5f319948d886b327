package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code tags}; {@code usage_count} is written by the database's triggers only. */
@Entity
@Table(name = "tags")
public class TagJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 50)
    String name;

    @Column(nullable = false, length = 60)
    String slug;

    @Column(name = "usage_count", nullable = false, insertable = false, updatable = false)
    int usageCount;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
