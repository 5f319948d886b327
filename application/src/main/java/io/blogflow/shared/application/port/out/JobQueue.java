package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobState;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The job queue as administration sees it: finding jobs, the two manual transitions, housekeeping, statistics. */
public interface JobQueue {

    Optional<Job> find(JobId id);

    /** Newest first; {@code state} and {@code type} filter when present. */
    Page<Job> find(Optional<JobState> state, Optional<String> type, PageRequest page);

    /** A dead job becomes pending again with fresh attempts, due now; false if it was not dead any more. */
    boolean retryDead(JobId id);

    /** A pending job is cancelled and never runs; false if it was not pending any more (it started meanwhile). */
    boolean cancelPending(JobId id);

    /** Deletes jobs that finished ({@code states}) before the given instant; returns how many. */
    int deleteFinished(Map<JobState, Instant> finishedBefore);

    /** The job types handlers are registered for, in name order. */
    java.util.List<String> types();
}
