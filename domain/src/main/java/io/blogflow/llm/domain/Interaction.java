package io.blogflow.llm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One attempt at a provider call, as logged (a Langfuse "generation"): which trace (the action run) it belongs to and
 * which attempt it was, the prompt version, provider and model, what was sent and with which parameters, what came
 * back, tokens and cost, latency and time to first token, and for a failure its type, the provider's code, the HTTP
 * status and a message. Immutable once written.
 */
public record Interaction(UUID id, UUID traceId, int attempt, boolean fallback, String promptName,
                          Integer promptVersion, ProviderId providerId, String providerName, ModelId modelId,
                          String modelName, String systemPrompt, String input, Double temperature, Integer maxTokens,
                          long timeoutMillis, boolean streamed, InteractionStatus status, String output,
                          Integer inputTokens, Integer outputTokens, BigDecimal cost, long latencyMillis,
                          Long timeToFirstTokenMillis, String finishReason, String errorType, String errorCode,
                          Integer httpStatus, String errorMessage, Instant createdAt) {

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        if (status == InteractionStatus.FAILED && errorType == null) {
            throw new IllegalArgumentException("a failed interaction says why");
        }
    }

    public boolean succeeded() {
        return status == InteractionStatus.SUCCEEDED;
    }
}
