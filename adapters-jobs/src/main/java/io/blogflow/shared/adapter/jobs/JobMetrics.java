package io.blogflow.shared.adapter.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The queue's meters: per type the pending depth, attempts started/succeeded/failed and jobs dead, the wait from due
 * to start and the run time; and the age of the oldest due job. Depth and age come from one query, at most once per
 * {@link #SNAPSHOT_TTL} however often they are scraped.
 */
final class JobMetrics {

    static final Duration SNAPSHOT_TTL = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final Supplier<JobTable.Backlog> backlog;
    private final Clock clock;
    private volatile JobTable.Backlog snapshot;
    private volatile Instant snapshotAt = Instant.MIN;

    JobMetrics(MeterRegistry registry, Supplier<JobTable.Backlog> backlog, Clock clock) {
        this.registry = registry;
        this.backlog = backlog;
        this.clock = clock;
    }

    void register(Collection<String> types) {
        for (String type : types) {
            Gauge.builder("blogflow.jobs.queue.depth", () -> current().pendingByType().getOrDefault(type, 0L))
                    .description("Pending jobs (due or scheduled) of this type").tag("type", type).register(registry);
        }
        Gauge.builder("blogflow.jobs.oldest.due.age", this::oldestDueSeconds).baseUnit("seconds")
                .description("How long the longest-waiting due job has been due (0: none is due)").register(registry);
    }

    void started(String type, Duration waited) {
        Timer.builder("blogflow.jobs.wait").description("From a job being due to an attempt starting")
                .tag("type", type).register(registry).record(waited.isNegative() ? Duration.ZERO : waited);
    }

    void succeeded(String type, Duration took) {
        Timer.builder("blogflow.jobs.duration").description("Run time of successful attempts").tag("type", type)
                .register(registry).record(took);
        Counter.builder("blogflow.jobs.succeeded").description("Jobs done").tag("type", type).register(registry)
                .increment();
    }

    void failed(String type) {
        Counter.builder("blogflow.jobs.failures").description("Failed attempts (retried or not)").tag("type", type)
                .register(registry).increment();
    }

    /** A claimed job that was not started: cancelled, finished, or its attempts used up meanwhile. */
    void skipped(String type) {
        Counter.builder("blogflow.jobs.skipped").description("Claims of jobs that were not (or no longer) to run")
                .tag("type", type).register(registry).increment();
    }

    void dead(String type) {
        Counter.builder("blogflow.jobs.dead").description("Jobs that used up their attempts or failed for good")
                .tag("type", type).register(registry).increment();
    }

    private double oldestDueSeconds() {
        Instant oldest = current().oldestDue();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private synchronized JobTable.Backlog current() {
        Instant now = clock.instant();
        if (snapshot == null || snapshotAt.plus(SNAPSHOT_TTL).isBefore(now)) {
            try {
                snapshot = backlog.get();
            } catch (RuntimeException e) {
                snapshot = snapshot == null ? new JobTable.Backlog(Map.of(), null) : snapshot;
            }
            snapshotAt = now;
        }
        return snapshot;
    }
}
