package io.blogflow.shared.domain.job;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the job administration. */
public final class JobErrors {

    private JobErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String id) {
            super(Kind.NOT_FOUND, "job-not-found", "No job with id '" + id + "'.");
        }
    }

    /** The job's state does not allow the transition (409). */
    public static final class WrongState extends DomainException {
        public WrongState(JobId id, JobState state, String message) {
            super(Kind.CONFLICT, "job.wrong-state", message);
        }
    }
}
