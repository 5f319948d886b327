package io.blogflow.shared.application.service;

import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.domain.job.JobType;

/** A job that does nothing: admins send probes to see the queue work end to end, and the benchmark measures it. */
public final class ProbeJob implements JobHandler<ProbeJob.Probe> {

    public static final JobType<Probe> TYPE = JobType.of("jobs.probe", Probe.class).withMaxAttempts(1);

    /** Who asked for the probe. */
    public record Probe(String requestedBy) {
    }

    @Override
    public JobType<Probe> type() {
        return TYPE;
    }

    @Override
    public void handle(Probe payload, Attempt attempt) {
        // Reaching this point is the whole test: the job was claimed, decoded and dispatched.
    }
}
