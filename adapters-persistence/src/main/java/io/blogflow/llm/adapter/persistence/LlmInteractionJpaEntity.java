package io.blogflow.llm.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code llm_interactions}: written once, never updated. */
@Entity
@Table(name = "llm_interactions")
public class LlmInteractionJpaEntity {

    @Id
    UUID id;
    @Column(name = "trace_id", nullable = false)
    UUID traceId;
    @Column(nullable = false)
    int attempt;
    @Column(nullable = false)
    boolean fallback;
    @Column(name = "prompt_name", length = 80)
    String promptName;
    @Column(name = "prompt_version")
    Integer promptVersion;
    @Column(name = "provider_id")
    UUID providerId;
    @Column(name = "provider_name", length = 80)
    String providerName;
    @Column(name = "model_id", nullable = false)
    UUID modelId;
    @Column(name = "model_name", length = 200)
    String modelName;
    @Column(name = "system_prompt")
    String systemPrompt;
    @Column(nullable = false)
    String input;
    Double temperature;
    @Column(name = "max_tokens")
    Integer maxTokens;
    @Column(name = "timeout_ms", nullable = false)
    long timeoutMillis;
    @Column(nullable = false)
    boolean streamed;
    @Column(nullable = false, length = 20)
    String status;
    String output;
    @Column(name = "input_tokens")
    Integer inputTokens;
    @Column(name = "output_tokens")
    Integer outputTokens;
    @Column(nullable = false, precision = 20, scale = 8)
    BigDecimal cost;
    @Column(name = "latency_ms", nullable = false)
    long latencyMillis;
    @Column(name = "time_to_first_token_ms")
    Long timeToFirstTokenMillis;
    @Column(name = "finish_reason", length = 40)
    String finishReason;
    @Column(name = "error_type", length = 40)
    String errorType;
    @Column(name = "error_code", length = 200)
    String errorCode;
    @Column(name = "http_status")
    Integer httpStatus;
    @Column(name = "error_message", length = 2000)
    String errorMessage;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
