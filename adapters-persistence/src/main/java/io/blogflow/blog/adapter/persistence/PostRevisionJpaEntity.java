package io.blogflow.blog.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Row of {@code post_revisions}: revisions are written once and never changed. */
@Entity
@Immutable
@Table(name = "post_revisions")
public class PostRevisionJpaEntity {

    @Id
    UUID id;

    @Column(name = "post_id", nullable = false)
    UUID postId;

    @Column(nullable = false)
    int number;

    @Column(name = "author_id")
    UUID authorId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(length = 500)
    String reason;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 120)
    String slug;

    @Column(name = "content_markdown", nullable = false, columnDefinition = "text")
    String contentMarkdown;

    @Column(name = "meta_description", nullable = false, length = 500)
    String metaDescription;

    @Column(nullable = false, length = 300)
    String excerpt;

    /** Who wrote the change: human or ai. */
    @Column(nullable = false, length = 10)
    String provenance;

    /** The post's metadata at the time; null in revisions stored before metadata was kept. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    StoredDetails metadata;
}
