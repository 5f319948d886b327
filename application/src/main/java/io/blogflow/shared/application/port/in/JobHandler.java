package io.blogflow.shared.application.port.in;

import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobType;

/**
 * Does the work of one job type. Any context contributes handlers as CDI beans (built by its bootstrap producers);
 * the job queue finds them all. {@link #handle} returning normally is success; an exception is a failed attempt,
 * retried with exponential backoff until the type's attempts are used up, then the job is dead and
 * {@link #onGiveUp} runs. A {@link JobFailedPermanently} skips the remaining attempts. Handlers manage their own
 * transactions (through the {@code Transactions} port) and must be idempotent: a job may run again after a crash.
 */
public interface JobHandler<P> {

    JobType<P> type();

    void handle(P payload, Attempt attempt) throws Exception;

    /**
     * The job is dead: record the failure where people will see it (a run marked failed, a notification). Runs in the
     * transaction that marks the job dead.
     */
    default void onGiveUp(P payload, Attempt attempt, String error) {
    }

    /** Which attempt this is (from 1) of how many, of which job. */
    record Attempt(JobId jobId, int number, int maxAttempts) {

        public boolean last() {
            return number >= maxAttempts;
        }
    }
}
