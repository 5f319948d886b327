package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.out.EventPartitions;
import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Keeps the raw events' monthly partitions: this month's and {@code monthsAhead} more exist before events arrive, and
 * months that ended more than {@code retention} ago are dropped whole.
 */
public final class PartitionMaintenanceJob implements PeriodicJob {

    private final EventPartitions partitions;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration interval;
    private final int monthsAhead;
    private final Duration retention;

    public PartitionMaintenanceJob(EventPartitions partitions, Transactions transactions, Clock clock,
                                   Duration interval, int monthsAhead, Duration retention) {
        this.partitions = partitions;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
        this.monthsAhead = monthsAhead;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "analytics.maintain-partitions";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        maintain();
    }

    /** Returns how many partitions were dropped. */
    public int maintain() {
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        for (int ahead = 0; ahead <= monthsAhead; ahead++) {
            YearMonth wanted = month.plusMonths(ahead);
            transactions.inTransaction(() -> partitions.ensure(wanted));
        }
        return transactions.inTransaction(() -> partitions.dropEndingBefore(now.minus(retention)));
    }
}
