package io.blogflow.images.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code media}. */
@Entity
@Table(name = "media")
public class MediaJpaEntity {

    @Id
    UUID id;

    @Column(name = "storage_key", nullable = false, length = 200)
    String storageKey;

    @Column(name = "mime_type", nullable = false, length = 40)
    String mimeType;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(nullable = false)
    int width;

    @Column(nullable = false)
    int height;

    @Column(name = "alt_text", length = 300)
    String altText;

    @Column(length = 1000)
    String caption;

    @Column(name = "cdn_url", length = 2000)
    String cdnUrl;

    @Column(nullable = false, length = 64)
    String checksum;

    @Column(name = "created_by")
    UUID createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "generation_prompt", columnDefinition = "text")
    String generationPrompt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "generation_metadata", nullable = false, columnDefinition = "jsonb")
    Map<String, Object> generationMetadata;

    @Column(nullable = false)
    boolean watermarked;

    @Version
    @Column(nullable = false)
    long version;
}
