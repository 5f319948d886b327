package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.domain.PostStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Row of the {@code posts} table (schema owned by the Liquibase changelog {@code blog.sql}). */
@Entity
@Table(name = "posts")
public class PostJpaEntity {

    @Id
    UUID id;

    @Column(name = "author_id")
    UUID authorId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 120)
    String slug;

    @Column(name = "content_markdown", nullable = false, columnDefinition = "text")
    String contentMarkdown;

    @Column(name = "content_html", nullable = false, columnDefinition = "text")
    String contentHtml;

    @Column(nullable = false, length = 300)
    String excerpt;

    @Column(name = "word_count", nullable = false)
    int wordCount;

    @Column(name = "reading_time_minutes", nullable = false)
    int readingTimeMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "table_of_contents", nullable = false, columnDefinition = "jsonb")
    List<TocEntry> tableOfContents;

    @Column(name = "meta_description", nullable = false, length = 500)
    String metaDescription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PostStatus status;

    @Column(name = "scheduled_at")
    Instant scheduledAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "deleted_at")
    Instant deletedAt;

    /** Optimistic lock: Hibernate adds {@code WHERE version = ?} to every update and delete. */
    @Version
    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** One heading of the table of contents, as stored in the jsonb column. */
    public record TocEntry(int level, String text, String anchor) {
    }

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
