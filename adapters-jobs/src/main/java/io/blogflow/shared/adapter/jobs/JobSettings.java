package io.blogflow.shared.adapter.jobs;

import io.blogflow.shared.domain.job.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How this instance works the queue: whether it runs jobs at all, with how many threads, how often it looks for due
 * jobs when no wake-up signal came, the lease (a running job whose instance sent no heartbeat for this long is run
 * again elsewhere), the default attempts per job and the backoff between them.
 */
public record JobSettings(boolean workers, int threads, Duration pollInterval, Duration lease, int maxAttempts,
                          Backoff backoff) {

    public JobSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(backoff, "backoff");
        if (threads < 1) {
            throw new IllegalArgumentException("blogflow.jobs.threads must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("blogflow.jobs.max-attempts must be at least 1");
        }
        if (lease.compareTo(Duration.ofSeconds(4)) < 0) {
            throw new IllegalArgumentException("blogflow.jobs.lease must be at least 4s");
        }
    }

    /** Heartbeats come four times per lease, so a lease expires after four missed heartbeats (db-scheduler's rule). */
    Duration heartbeat() {
        return lease.dividedBy(4);
    }
}
