package io.blogflow.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.application.port.out.EventPartitions;
import io.blogflow.analytics.application.port.out.RollupStore;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RollupJobTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:20:00Z");
    private static final UUID POST = UUID.randomUUID();

    private final FakeStore store = new FakeStore();
    private final Map<UUID, Long> counted = new HashMap<>();

    private RollupJob job(Instant now, int cap) {
        return job(now, cap, new InMemoryTransactions());
    }

    private RollupJob job(Instant now, int cap, Transactions transactions) {
        return new RollupJob(store, store::views, counted::putAll, transactions, Clock.fixed(now, ZoneOffset.UTC),
                new RollupJob.Settings(Duration.ofMinutes(5), Duration.ofHours(1), cap, Duration.ofMinutes(10)));
    }

    @Test
    void eachWindowRollsInATransactionOfItsOwnWithTheWindowTimeout() {
        store.earliest = Instant.parse("2026-03-01T22:40:00Z");
        List<Duration> timeouts = new ArrayList<>();
        Transactions recording = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }

            @Override
            public <T> T inTransaction(Duration timeout, Supplier<T> work) {
                timeouts.add(timeout);
                return work.get();
            }
        };
        int rolled = job(NOW, 100, recording).rollDue();
        assertThat(rolled).isEqualTo(6);
        assertThat(timeouts).hasSize(6).containsOnly(Duration.ofMinutes(10));
    }

    @Test
    void nothingToRollWithoutEvents() {
        assertThat(job(NOW, 100).rollDue()).isZero();
    }

    @Test
    void catchingUpRollsEveryCompleteWindowSinceTheFirstEventButNotTheCurrentOne() {
        store.earliest = Instant.parse("2026-03-01T22:40:00Z");
        job(NOW, 100).rollDue();
        assertThat(store.rolled(RollupStore.Granularity.HOUR)).containsExactly(
                Instant.parse("2026-03-01T22:00:00Z"), Instant.parse("2026-03-01T23:00:00Z"),
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T01:00:00Z"),
                Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(store.rolled(RollupStore.Granularity.DAY)).containsExactly(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(store.refreshed).containsExactly(POST);
        assertThat(counted).as("the refreshed totals handed to the views counter").containsExactly(Map.entry(POST, 3L));
    }

    @Test
    void hoursOfTodayAndYesterdayAlsoRollTheirDayUpToTheirEndButNotTheDaysLastHourNorOlderDays() {
        store.earliest = Instant.parse("2026-02-28T22:40:00Z");
        job(NOW, 100).rollDue();
        assertThat(store.prefixes).containsExactly(
                Instant.parse("2026-03-01T01:00:00Z"), Instant.parse("2026-03-01T02:00:00Z"),
                Instant.parse("2026-03-01T03:00:00Z"), Instant.parse("2026-03-01T04:00:00Z"),
                Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-03-01T06:00:00Z"),
                Instant.parse("2026-03-01T07:00:00Z"), Instant.parse("2026-03-01T08:00:00Z"),
                Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-01T11:00:00Z"), Instant.parse("2026-03-01T12:00:00Z"),
                Instant.parse("2026-03-01T13:00:00Z"), Instant.parse("2026-03-01T14:00:00Z"),
                Instant.parse("2026-03-01T15:00:00Z"), Instant.parse("2026-03-01T16:00:00Z"),
                Instant.parse("2026-03-01T17:00:00Z"), Instant.parse("2026-03-01T18:00:00Z"),
                Instant.parse("2026-03-01T19:00:00Z"), Instant.parse("2026-03-01T20:00:00Z"),
                Instant.parse("2026-03-01T21:00:00Z"), Instant.parse("2026-03-01T22:00:00Z"),
                Instant.parse("2026-03-01T23:00:00Z"), Instant.parse("2026-03-02T01:00:00Z"),
                Instant.parse("2026-03-02T02:00:00Z"), Instant.parse("2026-03-02T03:00:00Z"));

        store.prefixes.clear();
        store.busy = true;
        job(NOW.plus(Duration.ofHours(1)), 100).rollDue();
        assertThat(store.prefixes).as("a skipped hour rolls no prefix").isEmpty();
    }

    @Test
    void aLongOutageIsCaughtUpInBoundedSteps() {
        store.earliest = Instant.parse("2026-02-01T00:00:00Z");
        job(NOW, 24).rollDue();
        assertThat(store.rolled(RollupStore.Granularity.HOUR)).hasSize(24);
        job(NOW, 24).rollDue();
        assertThat(store.rolled(RollupStore.Granularity.HOUR)).hasSize(48)
                .last().isEqualTo(Instant.parse("2026-02-02T23:00:00Z"));
    }

    @Test
    void windowsRolledBeforeTheLagPassedAreRolledAgainUntilItHas() {
        store.earliest = Instant.parse("2026-03-02T02:10:00Z");
        job(NOW, 100).rollDue();
        assertThat(store.rolled(RollupStore.Granularity.HOUR)).containsExactly(Instant.parse("2026-03-02T02:00:00Z"));

        job(NOW.plus(Duration.ofMinutes(20)), 100).rollDue();
        assertThat(store.rolls).as("02:00 rolled again for late events").hasSize(2);

        job(NOW.plus(Duration.ofMinutes(45)), 100).rollDue();
        assertThat(store.rolls).as("02:00 once more, 03:00 complete now").hasSize(4);

        job(NOW.plus(Duration.ofMinutes(50)), 100).rollDue();
        assertThat(store.rolls).as("02:00 is final once rolled after 04:00; 03:00 is not yet").hasSize(5)
                .last().isEqualTo("HOUR 2026-03-02T03:00:00Z");
    }

    @Test
    void aWindowBeingRolledElsewhereIsSkipped() {
        store.earliest = Instant.parse("2026-03-02T02:10:00Z");
        store.busy = true;
        assertThat(job(NOW, 100).rollDue()).isZero();
        assertThat(store.windows).isEmpty();
        assertThat(counted).isEmpty();
    }

    @Test
    void partitionsAreCreatedAheadAndDroppedPastRetention() {
        List<YearMonth> ensured = new ArrayList<>();
        List<Instant> cutoffs = new ArrayList<>();
        var job = new PartitionMaintenanceJob(new EventPartitions() {
            @Override
            public void ensure(YearMonth month) {
                ensured.add(month);
            }

            @Override
            public int dropEndingBefore(Instant cutoff) {
                cutoffs.add(cutoff);
                return 1;
            }
        }, new InMemoryTransactions(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1), 2,
                Duration.ofDays(400));
        assertThat(job.maintain()).isEqualTo(1);
        assertThat(ensured).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        assertThat(cutoffs).containsExactly(NOW.minus(Duration.ofDays(400)));
    }

    /** Records rolls; a window's rolled_at is the "now" it was rolled at. */
    static final class FakeStore implements RollupStore {

        Instant earliest;
        boolean busy;
        final Map<String, Instant> windows = new TreeMap<>();
        final List<String> rolls = new ArrayList<>();
        final List<Instant> prefixes = new ArrayList<>();
        Set<UUID> refreshed = Set.of();

        List<Instant> rolled(Granularity granularity) {
            return windows.keySet().stream().filter(key -> key.startsWith(granularity.name()))
                    .map(key -> Instant.parse(key.substring(granularity.name().length() + 1))).toList();
        }

        @Override
        public Optional<Instant> earliestEvent() {
            return Optional.ofNullable(earliest);
        }

        @Override
        public Optional<Instant> latestRolled(Granularity granularity) {
            return rolled(granularity).stream().max(Instant::compareTo);
        }

        @Override
        public List<Instant> rolledTooEarly(Granularity granularity, Duration lag, Instant now) {
            return rolled(granularity).stream().filter(start -> windows.get(granularity.name() + " " + start)
                    .isBefore(start.plus(granularity.length()).plus(lag))).toList();
        }

        @Override
        public Optional<Set<UUID>> roll(Granularity granularity, Instant start, Instant now) {
            if (busy) {
                return Optional.empty();
            }
            windows.put(granularity.name() + " " + start, now);
            rolls.add(granularity + " " + start);
            return Optional.of(Set.of(POST));
        }

        @Override
        public void rollPrefix(Instant end, Instant now) {
            prefixes.add(end);
        }

        @Override
        public void refreshPostAnalytics(Set<UUID> posts, Instant now) {
            refreshed = posts;
        }

        /** Every refreshed post has 3 views. */
        Map<UUID, Long> views(Set<UUID> posts) {
            Map<UUID, Long> views = new HashMap<>();
            posts.stream().filter(refreshed::contains).forEach(post -> views.put(post, 3L));
            return views;
        }
    }
}
