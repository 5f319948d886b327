package io.blogflow.images.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code image_generations}. */
@Entity
@Table(name = "image_generations")
public class ImageGenerationJpaEntity {

    @Id
    UUID id;
    @Column(name = "post_id", nullable = false)
    UUID postId;
    @Column(name = "section_id")
    UUID sectionId;
    @Column(name = "requested_by", nullable = false)
    UUID requestedBy;
    @Column(name = "idempotency_key", length = 200)
    String idempotencyKey;
    @Column(nullable = false, length = 4000)
    String prompt;
    @Column(name = "revised_prompt")
    String revisedPrompt;
    @Column(name = "style_id")
    UUID styleId;
    @Column(name = "format_id")
    UUID formatId;
    @Column(name = "setting_id")
    UUID settingId;
    @Column(name = "provider_id", nullable = false)
    UUID providerId;
    @Column(nullable = false, length = 200)
    String model;
    @Column(nullable = false)
    int width;
    @Column(nullable = false)
    int height;
    @Column(nullable = false, length = 20)
    String status;
    @Column(name = "media_id")
    UUID mediaId;
    @Column(name = "error_type", length = 40)
    String errorType;
    @Column(name = "error_code", length = 200)
    String errorCode;
    @Column(name = "error_message", length = 2000)
    String errorMessage;
    @Column(name = "http_status")
    Integer httpStatus;
    @Column(name = "latency_ms")
    Long latencyMillis;
    @Column(name = "input_tokens")
    Integer inputTokens;
    @Column(name = "output_tokens")
    Integer outputTokens;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "finished_at")
    Instant finishedAt;
}
