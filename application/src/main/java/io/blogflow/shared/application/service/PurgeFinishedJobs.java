package io.blogflow.shared.application.service;

import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.JobQueue;
import io.blogflow.shared.domain.job.JobState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Deletes finished jobs once they are old: succeeded and cancelled ones after one retention, dead ones after another. */
public final class PurgeFinishedJobs implements PeriodicJob {

    private final JobQueue queue;
    private final Clock clock;
    private final Duration interval;
    private final Duration retention;
    private final Duration deadRetention;

    public PurgeFinishedJobs(JobQueue queue, Clock clock, Duration interval, Duration retention,
                             Duration deadRetention) {
        this.queue = queue;
        this.clock = clock;
        this.interval = interval;
        this.retention = retention;
        this.deadRetention = deadRetention;
    }

    @Override
    public String name() {
        return "jobs.purge-finished";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        queue.deleteFinished(Map.of(JobState.SUCCEEDED, now.minus(retention), JobState.CANCELLED, now.minus(retention),
                JobState.DEAD, now.minus(deadRetention)));
    }
}
