package io.blogflow.images.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One image generation asked for on a post (or one of its sections), from start to outcome: what was asked (prompt,
 * style, format, setting, provider and model, size), what came of it (the media item, or why not) and what it took
 * (latency, tokens). {@code idempotencyKey} (optional, unique per post) makes a retried request find it.
 */
public record ImageGeneration(UUID id, UUID postId, UUID sectionId, UserId requestedBy, String idempotencyKey,
                              String prompt, String revisedPrompt, UUID styleId, UUID formatId, UUID settingId,
                              UUID providerId, String model, int width, int height, Status status, MediaId media,
                              String errorType, String errorCode, String errorMessage, Integer httpStatus,
                              Long latencyMillis, Integer inputTokens, Integer outputTokens, Instant createdAt,
                              Instant finishedAt) {

    public static final int MAX_PROMPT = 4_000;

    public enum Status {
        RUNNING, SUCCEEDED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public ImageGeneration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(status, "status");
        if ((status == Status.SUCCEEDED) != (media != null) || (status == Status.FAILED) != (errorType != null)) {
            throw new IllegalArgumentException("a generation has media exactly when it succeeded, an error when it failed");
        }
    }

    public static ImageGeneration start(UUID id, UUID postId, UUID sectionId, UserId requestedBy, String key,
                                        String prompt, UUID styleId, UUID formatId, UUID settingId, UUID providerId,
                                        String model, int width, int height, Instant now) {
        return new ImageGeneration(id, postId, sectionId, requestedBy, key, prompt, null, styleId, formatId,
                settingId, providerId, model, width, height, Status.RUNNING, null, null, null, null, null, null, null,
                null, now, null);
    }

    public ImageGeneration succeeded(MediaId stored, String revised, int http, long latency, Integer tokensIn,
                                     Integer tokensOut, Instant now) {
        return new ImageGeneration(id, postId, sectionId, requestedBy, idempotencyKey, prompt, revised, styleId,
                formatId, settingId, providerId, model, width, height, Status.SUCCEEDED, stored, null, null, null,
                http, latency, tokensIn, tokensOut, createdAt, now);
    }

    public ImageGeneration failed(String type, String code, String message, Integer http, Long latency, Instant now) {
        return new ImageGeneration(id, postId, sectionId, requestedBy, idempotencyKey, prompt, null, styleId,
                formatId, settingId, providerId, model, width, height, Status.FAILED, null, type, code, message, http,
                latency, null, null, createdAt, now);
    }
}
