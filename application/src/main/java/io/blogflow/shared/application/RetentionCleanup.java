package io.blogflow.shared.application;

import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToIntFunction;

/**
 * A periodic cleanup of whatever became older than a retention: {@code deleteBefore} gets the cutoff (now minus the
 * retention) and removes or releases what ended before it, in one transaction.
 */
public final class RetentionCleanup implements PeriodicJob {

    private final String name;
    private final Duration interval;
    private final Duration retention;
    private final ToIntFunction<Instant> deleteBefore;
    private final Transactions transactions;
    private final Clock clock;

    public RetentionCleanup(String name, Duration interval, Duration retention, ToIntFunction<Instant> deleteBefore,
                            Transactions transactions, Clock clock) {
        this.name = name;
        this.interval = interval;
        this.retention = retention;
        this.deleteBefore = deleteBefore;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        Instant cutoff = clock.instant().minus(retention);
        transactions.inTransaction(() -> deleteBefore.applyAsInt(cutoff));
    }
}
