package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * One generation: the trace its attempts are logged under (the action run), who asked (for the quota), the prompt
 * version it was rendered from (for the log), the rendered messages, the model and its optional fallback, sampling
 * limits ({@code null}: the provider's default), the time each attempt may take, and whether to stream.
 */
public record GenerationRequest(UUID traceId, UserId actor, String promptName, Integer promptVersion,
                                String systemPrompt, String input, ModelId model, ModelId fallbackModel,
                                Double temperature, Integer maxTokens, Duration timeout, boolean stream) {

    public GenerationRequest {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
    }
}
