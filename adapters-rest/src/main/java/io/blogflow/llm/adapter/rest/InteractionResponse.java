package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.domain.Interaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One attempt at a provider call, as logged.")
public record InteractionResponse(@Schema(required = true) UUID id,
                                  @Schema(required = true) int attempt,
                                  @Schema(required = true) boolean fallback,
                                  String promptName,
                                  Integer promptVersion,
                                  UUID providerId, String provider, UUID modelId, String model, String systemPrompt,
                                  @Schema(description = "The rendered prompt sent as the user message.") String input,
                                  Double temperature,
                                  Integer maxTokens,
                                  @Schema(required = true) long timeoutMillis,
                                  @Schema(required = true) boolean streamed,
                                  String status, String output, Integer inputTokens, Integer outputTokens,
                                  BigDecimal cost,
                                  @Schema(required = true) long latencyMillis,
                                  Long timeToFirstTokenMillis,
                                  String finishReason, String errorType, String errorCode, Integer httpStatus,
                                  String errorMessage, Instant at) {

    public static InteractionResponse of(Interaction i) {
        return new InteractionResponse(i.id(), i.attempt(), i.fallback(), i.promptName(), i.promptVersion(),
                i.providerId() == null ? null : i.providerId().value(), i.providerName(), i.modelId().value(),
                i.modelName(), i.systemPrompt(), i.input(), i.temperature(), i.maxTokens(), i.timeoutMillis(),
                i.streamed(), i.status().code(), i.output(), i.inputTokens(), i.outputTokens(), i.cost(),
                i.latencyMillis(), i.timeToFirstTokenMillis(), i.finishReason(), i.errorType(), i.errorCode(),
                i.httpStatus(), i.errorMessage(), i.createdAt());
    }
}
