package io.blogflow.billing.application.service;

import io.blogflow.billing.application.BillingSettings;
import io.blogflow.billing.application.port.in.AccountUsage;
import io.blogflow.billing.application.port.in.RecordUsageUseCase;
import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.billing.application.port.in.UsageUseCase;
import io.blogflow.billing.application.port.out.BillingNotices;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.application.port.out.UsageCounters.Counter;
import io.blogflow.billing.application.port.out.UsageCounters.Recorded;
import io.blogflow.billing.application.port.out.UsageHistory;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.QuotaThreshold;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The usage meter. The hot path is one statement per step: a reservation locks the account's counters of the metrics
 * it needs, checks that all fit and adds them, or changes nothing; a commit settles the reservation once, writes the
 * ledger and moves reserved to used. Only when a reservation does not go through is anything read, to say why.
 */
public final class UsageMeterService implements ReserveUsageUseCase, RecordUsageUseCase, UsageUseCase {

    /** Tries of a reservation: the first can meet a period that just ended or a counter not yet opened. */
    private static final int TRIES = 3;
    private static final int HISTORY = 12;

    private final AccountPeriods periods;
    private final UsageCounters counters;
    private final UsageHistory history;
    private final BillingNotices notices;
    private final BillingSettings settings;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public UsageMeterService(AccountPeriods periods, UsageCounters counters, UsageHistory history,
                             BillingNotices notices, BillingSettings settings, Transactions transactions,
                             IdGenerator ids, Clock clock) {
        this.periods = periods;
        this.counters = counters;
        this.history = history;
        this.notices = notices;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Reservation reserve(UserId account, String reference, String source, Map<Metric, Long> estimate) {
        Map<Metric, Long> quantities = new EnumMap<>(estimate);
        for (int attempt = 1; ; attempt++) {
            UUID id = ids.newId();
            Instant now = clock.instant();
            boolean fitted = transactions.inTransaction(() -> counters.reserve(id, account, reference, source,
                    quantities, now, now.plus(settings.reservationTimeout())));
            if (fitted) {
                return new Reservation(id, account, reference);
            }
            Optional<QuotaExceededException> refusal = refusal(account, quantities, now);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            if (attempt == TRIES) {
                throw new IllegalStateException("Could not reserve usage for " + account + " after " + TRIES + " tries");
            }
            // No counter, or its period ended: start or roll over the account, then try again.
            periods.currentWithCounters(account);
        }
    }

    /** Why a reservation did not fit, if a ceiling is the reason (not a missing or ended counter). */
    private Optional<QuotaExceededException> refusal(UserId account, Map<Metric, Long> quantities, Instant now) {
        Map<Metric, Counter> byMetric = new EnumMap<>(Metric.class);
        transactions.inTransaction(() -> counters.of(account)).forEach(counter -> byMetric.put(counter.metric(), counter));
        for (Map.Entry<Metric, Long> wanted : quantities.entrySet()) {
            Counter counter = byMetric.get(wanted.getKey());
            if (counter == null || !counter.periodEnd().isAfter(now)) {
                return Optional.empty();
            }
        }
        for (Map.Entry<Metric, Long> wanted : quantities.entrySet()) {
            Counter counter = byMetric.get(wanted.getKey());
            if (counter.ceiling() != null
                    && counter.used() + counter.reserved() + Math.max(wanted.getValue(), 1) > counter.ceiling()) {
                return Optional.of(exceeded(counter));
            }
        }
        return Optional.empty();
    }

    private QuotaExceededException exceeded(Counter counter) {
        return new QuotaExceededException(counter.metric().code(), counter.ceiling(),
                counter.used() + counter.reserved(), counter.metric().resetsEachPeriod() ? counter.periodEnd() : null,
                settings.upgradeUrl());
    }

    @Override
    public void commit(Reservation reservation, Map<Metric, Long> actual) {
        transactions.inTransaction(() -> {
            List<Counter> after = counters.commit(reservation.id(), actual, clock.instant());
            after.forEach(counter -> notifyThreshold(reservation.account(), counter));
            return null;
        });
    }

    @Override
    public void release(Reservation reservation) {
        transactions.inTransaction(() -> counters.release(reservation.id()));
    }

    @Override
    public void record(UserId account, Metric metric, long quantity, String key, String source) {
        transactions.inTransaction(() -> {
            Recorded recorded = counters.record(account, metric, quantity, key, source, clock.instant());
            if (recorded.outcome() == UsageCounters.RecordOutcome.NO_COUNTER) {
                periods.currentWithCounters(account);
                recorded = counters.record(account, metric, quantity, key, source, clock.instant());
            }
            switch (recorded.outcome()) {
                case DID_NOT_FIT -> throw exceeded(recorded.counter());
                case RECORDED -> notifyThreshold(account, recorded.counter());
                case NO_COUNTER -> throw new IllegalStateException("No " + metric.code() + " counter for " + account);
                case ALREADY_RECORDED -> {
                    // the same key again: nothing changes
                }
            }
            return null;
        });
    }

    @Override
    public void requireRoom(UserId account, Metric metric, long quantity) {
        periods.currentWithCounters(account);
        transactions.inTransaction(() -> counters.of(account)).stream()
                .filter(counter -> counter.metric() == metric).findFirst()
                .filter(counter -> counter.ceiling() != null
                        && counter.used() + counter.reserved() + Math.max(quantity, 1) > counter.ceiling())
                .ifPresent(counter -> {
                    throw exceeded(counter);
                });
    }

    @Override
    public Optional<UserId> takenBy(String keyPrefix) {
        return transactions.inTransaction(() -> counters.lastTakenBy(keyPrefix));
    }

    /** Tells the account once per period when its use of a metric reaches 80 % and 100 % of the limit. */
    private void notifyThreshold(UserId account, Counter counter) {
        long base = counter.ceiling() != null ? counter.ceiling() : counter.included();
        if (base <= 0) {
            return;
        }
        for (QuotaThreshold threshold : new QuotaThreshold[]{QuotaThreshold.FULL, QuotaThreshold.EIGHTY_PERCENT}) {
            boolean reached = Math.multiplyExact(counter.used(), 100L) >= Math.multiplyExact(base,
                    (long) threshold.percent());
            if (reached && counter.notifiedPercent() < threshold.percent()) {
                if (counters.markNotified(account, counter.metric(), threshold.percent())) {
                    notices.quotaReached(account, counter.metric(), threshold.percent(), counter.used(), base,
                            counter.periodEnd());
                }
                return;
            }
        }
    }

    private static AccountUsage.MetricUsage usageOf(Counter counter, Limit limit) {
        return new AccountUsage.MetricUsage(counter.metric(), counter.used(), counter.reserved(), limit,
                counter.ceiling(), limit == null ? 0 : limit.overageCharge(counter.used()),
                counter.metric().resetsEachPeriod());
    }

    @Override
    public AccountUsage usage(UserId account) {
        Subscription subscription = periods.currentWithCounters(account);
        Plan plan = periods.planOf(subscription);
        List<AccountUsage.MetricUsage> metrics = transactions.inTransaction(() -> counters.of(account)).stream()
                .map(counter -> usageOf(counter, plan.limit(counter.metric()).orElse(null))).toList();
        return new AccountUsage(subscription.periodStart(), subscription.periodEnd(), metrics,
                transactions.inTransaction(() -> history.of(account, HISTORY)));
    }
}
