package io.blogflow.workflow.adapter.rest;

import io.blogflow.llm.domain.Interaction;
import io.blogflow.workflow.application.port.in.ActionRunsUseCase.RunDetails;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of action runs and the provider calls they made. */
final class ActionRunDtos {

    @Schema(description = "Run an action on a section: required for section actions, refused for post actions.")
    record RunRequest(UUID sectionId) {
    }

    @Schema(description = "Why a run failed.")
    record ErrorResponse(
            @Schema(description = "rate-limited, server-error, timeout, connection, authentication, not-found, "
                    + "bad-request, malformed-response, blocked-address, circuit-open, model-unavailable, abandoned, refused, internal, "
                    + "conflict (the field changed while generating), output-invalid, quota-exceeded") String type,
            @Schema(description = "The provider's own error code, when it sent one.") String code,
            @Schema(description = "The provider's HTTP status, when there was a response.") Integer httpStatus,
            String message) {

        static ErrorResponse of(RunError error) {
            return error == null ? null
                    : new ErrorResponse(error.type(), error.code(), error.httpStatus(), error.message());
        }
    }

    @Schema(description = "One run of an action on a post: its history entry.")
    record RunResponse(@Schema(required = true) UUID id,
                       UUID postId,
                       UUID sectionId,
                       UUID actionId,
                       String actionName,
                       String outputField,
                       @Schema(description = "running, succeeded or failed") String status,
                       String promptName, Integer promptVersion,
                       @Schema(description = "The model that answered (or was tried last).") String model,
                       @Schema(required = true) int attempts,
                       @Schema(required = true) int inputTokens,
                       @Schema(required = true) int outputTokens,
                       @Schema(description = "Summed over all attempts, in the models' price currency.") BigDecimal cost,
                       @Schema(description = "The model's answer (also kept when it could not be written).")
                       String output,
                       @Schema(description = "What the field held before the answer replaced it.")
                       Object previousValue,
                       ErrorResponse error,
                       @Schema(required = true) boolean streamed,
                       String idempotencyKey,
                       UUID actorId,
                       Instant startedAt, Instant finishedAt) {

        static RunResponse of(ActionRun run) {
            return new RunResponse(run.id(), run.postId().value(), run.sectionId(), run.actionId().value(),
                    run.actionName(), run.outputField(), run.status().code(), run.promptName(), run.promptVersion(),
                    run.modelName(), run.attempts(), run.inputTokens(), run.outputTokens(), run.cost(), run.output(),
                    run.previousValue(), ErrorResponse.of(run.error()), run.streamed(), run.idempotencyKey(),
                    run.actor().value(), run.startedAt(), run.finishedAt());
        }
    }

    @Schema(description = "A run with every provider call it made.")
    record RunDetailsResponse(RunResponse run, List<RunAttemptResponse> interactions) {

        static RunDetailsResponse of(RunDetails details) {
            return new RunDetailsResponse(RunResponse.of(details.run()),
                    details.interactions().stream().map(RunAttemptResponse::of).toList());
        }
    }

    /** The run's view of one logged provider call (the llm context's interaction log entry). */
    @Schema(name = "RunAttempt", description = "One attempt at a provider call, as logged.")
    record RunAttemptResponse(@Schema(required = true) UUID id,
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
                              BigDecimal cost, @Schema(required = true) long latencyMillis, Long timeToFirstTokenMillis,
                              String finishReason, String errorType, String errorCode, Integer httpStatus,
                              String errorMessage, Instant at) {

        static RunAttemptResponse of(Interaction i) {
            return new RunAttemptResponse(i.id(), i.attempt(), i.fallback(), i.promptName(), i.promptVersion(),
                    i.providerId() == null ? null : i.providerId().value(), i.providerName(), i.modelId().value(),
                    i.modelName(), i.systemPrompt(), i.input(), i.temperature(), i.maxTokens(), i.timeoutMillis(),
                    i.streamed(), i.status().code(), i.output(), i.inputTokens(), i.outputTokens(), i.cost(),
                    i.latencyMillis(), i.timeToFirstTokenMillis(), i.finishReason(), i.errorType(), i.errorCode(),
                    i.httpStatus(), i.errorMessage(), i.createdAt());
        }
    }
}
