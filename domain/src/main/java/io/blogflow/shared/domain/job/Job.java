package io.blogflow.shared.domain.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A background job as the queue keeps it: what to do (type, JSON payload), when and how urgently, how far it got
 * (attempts, the last error) and how it ended. Jobs change state only inside the queue; this is what admins inspect.
 */
public record Job(JobId id, String type, JobState state, JobPriority priority, String payloadJson,
                  Optional<String> idempotencyKey, int attempts, int maxAttempts, Instant runAt, Instant createdAt,
                  Optional<Instant> startedAt, Optional<Instant> finishedAt, Optional<String> lastError) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(runAt, "runAt");
        Objects.requireNonNull(createdAt, "createdAt");
        idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
        startedAt = Objects.requireNonNullElse(startedAt, Optional.empty());
        finishedAt = Objects.requireNonNullElse(finishedAt, Optional.empty());
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
    }

    /** Only a dead job can be retried: a pending one will run anyway, a finished one did its work. */
    public void requireRetryable() {
        if (state != JobState.DEAD) {
            throw new JobErrors.WrongState(id, state, "Only a dead job can be retried; this one is " + state.apiName() + ".");
        }
    }

    /** Only a job that has not started can be cancelled: a running one cannot be stopped halfway. */
    public void requireCancellable() {
        if (state != JobState.PENDING) {
            throw new JobErrors.WrongState(id, state, "Only a pending job can be cancelled; this one is "
                    + state.apiName() + ".");
        }
    }
}
