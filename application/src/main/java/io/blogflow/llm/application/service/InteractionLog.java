package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.ResolveModelUseCase.ModelTarget;
import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.InteractionStatus;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.application.port.out.IdGenerator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Writes the log entries of one model's attempts within a generation: what was asked is the same for each. */
final class InteractionLog {

    /** Error messages are for people reading the log; a provider's whole error page is not. */
    private static final int MAX_MESSAGE = 2_000;

    private final GenerationRequest request;
    private final boolean fallback;
    private final IdGenerator ids;
    private final Clock clock;

    InteractionLog(GenerationRequest request, boolean fallback, IdGenerator ids, Clock clock) {
        this.request = request;
        this.fallback = fallback;
        this.ids = ids;
        this.clock = clock;
    }

    Interaction succeeded(int attempt, ModelTarget target, LlmAnswer answer, Instant started) {
        return entry(attempt, target.model().id(), target, InteractionStatus.SUCCEEDED, answer.text(),
                answer.inputTokens(), answer.outputTokens(),
                target.model().cost(answer.inputTokens(), answer.outputTokens()), started,
                answer.timeToFirstToken(), answer.finishReason(), null, null, answer.httpStatus(), null);
    }

    Interaction failed(int attempt, ModelTarget target, ProviderCallFailure failure, Instant started) {
        return entry(attempt, target.model().id(), target, InteractionStatus.FAILED, null, null, null,
                BigDecimal.ZERO, started, null, null, failure.kind().code(), failure.providerCode(),
                failure.httpStatus(), failure.getMessage());
    }

    Interaction circuitOpen(int attempt, ModelTarget target) {
        Instant now = clock.instant();
        return entry(attempt, target.model().id(), target, InteractionStatus.FAILED, null, null, null,
                BigDecimal.ZERO, now, null, null, "circuit-open", null, null,
                "Not sent: the circuit for provider '" + target.provider().name() + "' is open after repeated "
                        + "failures.");
    }

    Interaction unavailable(int attempt, ModelId model) {
        return entry(attempt, model, null, InteractionStatus.FAILED, null, null, null, BigDecimal.ZERO,
                clock.instant(), null, null, "model-unavailable", null, null,
                "Not sent: the model or its provider is disabled or gone.");
    }

    private Interaction entry(int attempt, ModelId model, ModelTarget target, InteractionStatus status,
                              String output, Integer inputTokens, Integer outputTokens, BigDecimal cost,
                              Instant started, Duration firstToken, String finishReason, String errorType,
                              String errorCode, Integer httpStatus, String errorMessage) {
        Instant now = clock.instant();
        return new Interaction(ids.newId(), request.traceId(), attempt, fallback, request.promptName(),
                request.promptVersion(), target == null ? null : target.provider().id(),
                target == null ? null : target.provider().name(), model,
                target == null ? null : target.model().name(), request.systemPrompt(), request.input(),
                request.temperature(), request.maxTokens(), request.timeout().toMillis(), request.stream(), status,
                output, inputTokens, outputTokens, cost, Duration.between(started, now).toMillis(),
                firstToken == null ? null : firstToken.toMillis(), finishReason, errorType, errorCode, httpStatus,
                errorMessage == null || errorMessage.length() <= MAX_MESSAGE ? errorMessage
                        : errorMessage.substring(0, MAX_MESSAGE), now);
    }
}
