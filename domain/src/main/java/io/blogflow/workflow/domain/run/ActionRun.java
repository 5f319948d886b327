package io.blogflow.workflow.domain.run;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.action.ActionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One press of an action button on a post (or one of its sections): the action's history entry. While running it
 * knows what it will write where; finished, it keeps what the model answered, what the field held before it was
 * overwritten (so nothing an editor wrote is lost), the usage, and on failure why. Its id is the trace id of the
 * LLM interactions it caused. {@code idempotencyKey} (optional, unique per post) makes a retried request find it.
 */
public record ActionRun(UUID id, PostId postId, UUID sectionId, ActionId actionId, String actionName,
                        String outputField, String idempotencyKey, UserId actor, boolean streamed, RunStatus status,
                        String promptName, Integer promptVersion, String modelName, int attempts, int inputTokens,
                        int outputTokens, BigDecimal cost, String output, Object previousValue, RunError error,
                        Instant startedAt, Instant finishedAt) {

    public ActionRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(outputField, "outputField");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        if ((status == RunStatus.FAILED) != (error != null)) {
            throw new IllegalArgumentException("a run has an error exactly when it failed");
        }
        if ((status == RunStatus.RUNNING) == (finishedAt != null)) {
            throw new IllegalArgumentException("a run is finished exactly when it has ended");
        }
        cost = cost == null ? BigDecimal.ZERO : cost;
    }

    public static ActionRun start(UUID id, PostId postId, UUID sectionId, ActionId actionId, String actionName,
                                  String outputField, String idempotencyKey, UserId actor, boolean streamed,
                                  String promptName, Integer promptVersion, Instant now) {
        return new ActionRun(id, postId, sectionId, actionId, actionName, outputField, idempotencyKey, actor,
                streamed, RunStatus.RUNNING, promptName, promptVersion, null, 0, 0, 0, BigDecimal.ZERO, null, null,
                null, now, null);
    }

    /** The usage of the generation, whatever comes of its output. */
    public ActionRun used(String model, int attemptsMade, int tokensIn, int tokensOut, BigDecimal spent,
                          String answer) {
        return new ActionRun(id, postId, sectionId, actionId, actionName, outputField, idempotencyKey, actor,
                streamed, status, promptName, promptVersion, model, attemptsMade, tokensIn, tokensOut, spent,
                answer, previousValue, error, startedAt, finishedAt);
    }

    public ActionRun succeeded(Object previous, Instant now) {
        return finish(RunStatus.SUCCEEDED, previous, null, now);
    }

    public ActionRun failed(RunError why, Instant now) {
        return finish(RunStatus.FAILED, null, why, now);
    }

    /** Whether this run answers a request for that action on that section (an idempotency key's reuse check). */
    public boolean sameRequest(ActionId otherAction, UUID otherSection) {
        return actionId.equals(otherAction) && Objects.equals(sectionId, otherSection);
    }

    private ActionRun finish(RunStatus to, Object previous, RunError why, Instant now) {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("run " + id + " has already finished");
        }
        return new ActionRun(id, postId, sectionId, actionId, actionName, outputField, idempotencyKey, actor,
                streamed, to, promptName, promptVersion, modelName, attempts, inputTokens, outputTokens, cost,
                output, previous, why, startedAt, now);
    }
}
