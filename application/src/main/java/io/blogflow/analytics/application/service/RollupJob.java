package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.out.PostViewCounter;
import io.blogflow.analytics.application.port.out.PostViewTotals;
import io.blogflow.analytics.application.port.out.RollupStore;
import io.blogflow.analytics.application.port.out.RollupStore.Granularity;
import io.blogflow.analytics.domain.DayPrefix;
import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Rolls raw events up into hourly and daily windows (UTC), each in its own transaction: every complete window since
 * the last rolled one (catching up after downtime, at most {@code maxWindowsPerRun} per run), and again every window
 * rolled before {@code lag} after its end had passed, so late events are folded in. Recomputing a window replaces
 * it, so running twice changes nothing; an instance finding a window being rolled elsewhere skips it. An hour of
 * today or yesterday also rolls its day up to the hour's end ({@link DayPrefix}), so dashboards read at most the
 * hour in progress from the raw events. Then the touched posts' all-time figures are refreshed and their views
 * handed to the views counter readers see (the blog's), in the same transaction, so the two never disagree.
 */
public final class RollupJob implements PeriodicJob {

    private final RollupStore rollups;
    private final PostViewTotals totals;
    private final PostViewCounter counter;
    private final Transactions transactions;
    private final Clock clock;
    private final Settings settings;

    /**
     * How often the job runs, how long after a window's end late events are still folded in, how many windows one
     * run rolls at most while catching up, and how long one window's transaction may take: a day is rolled from its
     * raw events, which for a busy site is minutes of work (a day of 5 million events passed the usual 60 s).
     */
    public record Settings(Duration interval, Duration lag, int maxWindowsPerRun, Duration windowTimeout) {
    }

    public RollupJob(RollupStore rollups, PostViewTotals totals, PostViewCounter counter, Transactions transactions,
                     Clock clock, Settings settings) {
        this.rollups = rollups;
        this.totals = totals;
        this.counter = counter;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "analytics.rollup";
    }

    @Override
    public Duration interval() {
        return settings.interval();
    }

    @Override
    public void run() {
        rollDue();
    }

    /** Rolls what is due now; returns how many windows were rolled. */
    public int rollDue() {
        Instant now = clock.instant();
        Set<UUID> touched = new HashSet<>();
        int rolled = 0;
        for (Granularity granularity : Granularity.values()) {
            for (Instant start : due(granularity, now)) {
                Optional<Set<UUID>> posts = transactions.inTransaction(settings.windowTimeout(),
                        () -> rollWithPrefix(granularity, start, now));
                if (posts.isPresent()) {
                    touched.addAll(posts.get());
                    rolled++;
                }
            }
        }
        if (!touched.isEmpty()) {
            transactions.inTransaction(() -> {
                rollups.refreshPostAnalytics(touched, now);
                counter.update(totals.views(touched));
            });
        }
        return rolled;
    }

    /** The window, and for an hour of today or yesterday its day up to the hour's end, in one transaction. */
    private Optional<Set<UUID>> rollWithPrefix(Granularity granularity, Instant start, Instant now) {
        Optional<Set<UUID>> posts = rollups.roll(granularity, start, now);
        if (posts.isPresent() && granularity == Granularity.HOUR) {
            DayPrefix.after(start, now).ifPresent(end -> rollups.rollPrefix(end, now));
        }
        return posts;
    }

    private Set<Instant> due(Granularity granularity, Instant now) {
        ChronoUnit unit = granularity == Granularity.HOUR ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Instant end = now.truncatedTo(unit);
        Set<Instant> due = new TreeSet<>(rollups.rolledTooEarly(granularity, settings.lag(), now));
        Optional<Instant> next = rollups.latestRolled(granularity).map(last -> last.plus(granularity.length()))
                .or(() -> rollups.earliestEvent().map(first -> first.truncatedTo(unit)));
        if (next.isPresent()) {
            for (Instant start = next.get(); start.isBefore(end) && due.size() < settings.maxWindowsPerRun();
                 start = start.plus(granularity.length())) {
                due.add(start);
            }
        }
        return due;
    }
}
