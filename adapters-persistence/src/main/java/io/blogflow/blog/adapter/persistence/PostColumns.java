package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.domain.PostStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The columns of a {@code posts} row but its Markdown source: shared by the editable {@link PostJpaEntity} and the
 * read-only {@link PublishedPostRow} that answers readers without loading the source (schema owned by the Liquibase
 * changelog {@code blog.sql}).
 */
@MappedSuperclass
abstract class PostColumns {

    @Id
    UUID id;

    @Column(name = "author_id")
    UUID authorId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 120)
    String slug;

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

    @Column(name = "meta_title", length = 300)
    String metaTitle;

    @Column(name = "focus_keyword", length = 100)
    String focusKeyword;

    @Column(name = "canonical_url", length = 2000)
    String canonicalUrl;

    @Column(name = "og_title", length = 300)
    String ogTitle;

    @Column(name = "og_description", length = 500)
    String ogDescription;

    @Column(name = "og_image", length = 2000)
    String ogImage;

    @Column(name = "twitter_title", length = 300)
    String twitterTitle;

    @Column(name = "twitter_description", length = 500)
    String twitterDescription;

    @Column(name = "twitter_card_type", length = 30)
    String twitterCardType;

    @Column(name = "featured_image", length = 2000)
    String featuredImage;

    @Column(name = "featured_image_alt", length = 300)
    String featuredImageAlt;

    @Column(name = "featured_image_caption", length = 500)
    String featuredImageCaption;

    @Column(name = "category_id")
    UUID categoryId;

    @Column(name = "topic_cluster_id")
    UUID topicClusterId;

    @Column(name = "is_pillar", nullable = false)
    boolean pillar;

    @Column(name = "content_language", nullable = false, length = 35)
    String contentLanguage;

    @Column(name = "geo_target_country", columnDefinition = "bpchar(2)")
    String geoTargetCountry;

    @Column(name = "show_table_of_contents", nullable = false)
    boolean showTableOfContents;

    @Column(name = "last_reviewed_at")
    Instant lastReviewedAt;

    @Column(name = "ai_generated", nullable = false)
    boolean aiGenerated;

    @Column(name = "featured_media_id")
    UUID featuredMediaId;

    @Column(name = "og_media_id")
    UUID ogMediaId;

    @Column(name = "excerpt_given", nullable = false)
    boolean excerptGiven;

    @Column(name = "content_version", nullable = false)
    int contentVersion;

    @Column(name = "last_updated_reason", length = 500)
    String lastUpdatedReason;

    /** An editor's approval of the AI-generated text: both set or both null (a CHECK constraint). */
    @Column(name = "review_approved_at")
    Instant reviewApprovedAt;

    @Column(name = "review_approved_by")
    UUID reviewApprovedBy;

    /** One heading of the table of contents, as stored in the jsonb column. */
    public record TocEntry(int level, String text, String anchor) {
    }

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
