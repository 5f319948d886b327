package io.blogflow.workflow.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Row of {@code post_sections}. {@code position} is written on insert and otherwise only by the repository's
 * position statements, never by an entity update (which could write back a position read before a reorder).
 */
@Entity
@Table(name = "post_sections")
public class PostSectionJpaEntity {

    @Id
    UUID id;

    @Column(name = "post_id", nullable = false, updatable = false)
    UUID postId;

    @Column(nullable = false, updatable = false)
    int position;

    /** Field key → text or list of texts; stored as a jsonb object. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, Object> fields;

    @Version
    @Column(nullable = false)
    long version;
}
