package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobPriority;
import io.blogflow.shared.domain.job.JobType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Durable background work. {@link #enqueue} writes the job in the caller's transaction (an outbox): if the use case
 * rolls back, no job exists; once it commits, the job runs at least once on some instance, by the
 * {@link io.blogflow.shared.application.port.in.JobHandler} registered for its type. Handlers must therefore be
 * idempotent (a crash after the work but before the queue records success runs it again).
 */
public interface Jobs {

    /**
     * Adds a job. With an idempotency key, a second enqueue of the same type and key (while the first job is kept,
     * whatever its state) adds nothing and returns the first job's id.
     *
     * @throws IllegalArgumentException for a type no handler is registered for
     */
    <P> JobId enqueue(JobType<P> type, P payload, Options options);

    default <P> JobId enqueue(JobType<P> type, P payload) {
        return enqueue(type, payload, Options.DEFAULT);
    }

    /** When (absent: now), how urgently, and the idempotency key (absent: none) of a new job. */
    record Options(Optional<Instant> runAt, JobPriority priority, Optional<String> idempotencyKey) {

        public static final Options DEFAULT = new Options(Optional.empty(), JobPriority.NORMAL, Optional.empty());

        public Options {
            Objects.requireNonNull(runAt, "runAt");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            idempotencyKey.ifPresent(key -> {
                if (key.isEmpty() || key.length() > 200) {
                    throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
                }
            });
        }

        public Options at(Instant when) {
            return new Options(Optional.of(when), priority, idempotencyKey);
        }

        public Options priority(JobPriority newPriority) {
            return new Options(runAt, newPriority, idempotencyKey);
        }

        public Options idempotencyKey(String key) {
            return new Options(runAt, priority, Optional.of(key));
        }
    }
}
