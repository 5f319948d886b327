package io.blogflow.shared.application;

import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobType;

/** The job queue of tests that run everything synchronously: enqueuing anything is a test failure. */
public final class NoJobs implements Jobs {

    @Override
    public <P> JobId enqueue(JobType<P> type, P payload, Options options) {
        throw new AssertionError("nothing may be queued here, but " + type.name() + " was");
    }
}
