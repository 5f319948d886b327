package io.blogflow.billing.bootstrap;

import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The usage counters with billing's own statements of a run timed alone, apart from the transactions they ride:
 * {@code blogflow_billing_statement_seconds{statement="reserve"|"commit"|"release"}} (p50, p99). bench/billing.sh
 * reads them beside the whole run's cost measured against an unmetered instance.
 */
final class TimedUsageCounters implements UsageCounters {

    private final UsageCounters counters;
    private final Timer reserving;
    private final Timer committing;
    private final Timer releasing;

    TimedUsageCounters(UsageCounters counters, MeterRegistry metrics) {
        this.counters = counters;
        this.reserving = timer("reserve", metrics);
        this.committing = timer("commit", metrics);
        this.releasing = timer("release", metrics);
    }

    private static Timer timer(String statement, MeterRegistry metrics) {
        return Timer.builder("blogflow.billing.statement").tag("statement", statement)
                .description("One of billing's usage statements (reserve, commit, release), its round trip alone")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    private static <T> T timed(Timer timer, Supplier<T> statement) {
        long started = System.nanoTime();
        try {
            return statement.get();
        } finally {
            timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public boolean reserve(UUID reservation, UserId account, String reference, String source,
                           Map<Metric, Long> quantities, Instant now, Instant expiresAt) {
        return timed(reserving, () -> counters.reserve(reservation, account, reference, source, quantities, now,
                expiresAt));
    }

    @Override
    public List<Counter> commit(UUID reservation, Map<Metric, Long> actual, Instant now) {
        return timed(committing, () -> counters.commit(reservation, actual, now));
    }

    @Override
    public boolean release(UUID reservation) {
        return timed(releasing, () -> counters.release(reservation));
    }

    @Override
    public void open(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Limit> limits) {
        counters.open(account, periodStart, periodEnd, limits);
    }

    @Override
    public void startPeriod(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Limit> limits) {
        counters.startPeriod(account, periodStart, periodEnd, limits);
    }

    @Override
    public void applyLimits(UserId account, Map<Metric, Limit> limits) {
        counters.applyLimits(account, limits);
    }

    @Override
    public List<Counter> of(UserId account) {
        return counters.of(account);
    }

    @Override
    public int releaseExpired(Instant now, int limit) {
        return counters.releaseExpired(now, limit);
    }

    @Override
    public Recorded record(UserId account, Metric metric, long quantity, String key, String source, Instant now) {
        return counters.record(account, metric, quantity, key, source, now);
    }

    @Override
    public boolean markNotified(UserId account, Metric metric, int percent) {
        return counters.markNotified(account, metric, percent);
    }

    @Override
    public Optional<UserId> lastTakenBy(String keyPrefix) {
        return counters.lastTakenBy(keyPrefix);
    }

    @Override
    public Map<Metric, Long> ledgerTotals(UserId account, Instant from, Instant to) {
        return counters.ledgerTotals(account, from, to);
    }
}
