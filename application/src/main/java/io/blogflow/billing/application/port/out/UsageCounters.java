package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account's usage in its current period, one counter per metric, with what is used, what running calls have
 * reserved and the ceiling no reservation may pass. Every change is one atomic statement under the counter rows' locks:
 * never read, then write.
 */
public interface UsageCounters {

    /** One counter as it stands. {@code ceiling} null: no limit. */
    record Counter(Metric metric, long used, long reserved, long included, Long ceiling, Instant periodStart,
                   Instant periodEnd, int notifiedPercent) {
    }

    /** Creates the account's counters for the period unless they exist, with the plan's limits. */
    void open(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Limit> limits);

    /** Moves the counters to a new period: consumed metrics start over, held ones carry over. */
    void startPeriod(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Limit> limits);

    /** New limits for the current period (an immediate plan change); usage stays. */
    void applyLimits(UserId account, Map<Metric, Limit> limits);

    List<Counter> of(UserId account);

    /**
     * Reserves every quantity or none, if each fits under its ceiling in a period that has not ended at {@code now};
     * records the reservation. A zero quantity still needs a unit of room: nothing more is allowed at the ceiling.
     * The transaction it rides may commit without waiting for durability (a reservation lost in a database crash
     * only means its generation goes unrecorded): ride it on nothing that must be durable.
     *
     * @return whether all fitted
     */
    boolean reserve(UUID reservation, UserId account, String reference, String source, Map<Metric, Long> quantities,
                    Instant now, Instant expiresAt);

    /**
     * Settles a held reservation once: records the actual quantities in the ledger (one record per metric, keyed
     * {@code reference/metric}; a key already recorded changes nothing), adds them to the counters and gives back
     * what was reserved.
     *
     * @return the counters after the change, of the metrics the ledger took; empty if the reservation was not held
     */
    List<Counter> commit(UUID reservation, Map<Metric, Long> actual, Instant now);

    /** Gives back a held reservation once; false if it was not held. */
    boolean release(UUID reservation);

    /** Releases reservations held past their expiry; answers how many. */
    int releaseExpired(Instant now, int limit);

    /**
     * Records a quantity directly (storage taken or freed, a seat) under {@code key}. Positive quantities must fit
     * under the ceiling; negative ones always apply.
     *
     * @return the counter after the change; empty when it did not fit (caller's transaction must roll back) or when
     *         the key was recorded before (nothing changed: see {@link Recorded})
     */
    Recorded record(UserId account, Metric metric, long quantity, String key, String source, Instant now);

    enum RecordOutcome { RECORDED, ALREADY_RECORDED, DID_NOT_FIT, NO_COUNTER }

    record Recorded(RecordOutcome outcome, Counter counter) {
    }

    /**
     * Marks a threshold as told for the current period, once.
     *
     * @return false when it had been marked already (by a concurrent commit)
     */
    boolean markNotified(UserId account, Metric metric, int percent);

    /** The account of the newest positive record whose key starts with {@code keyPrefix}. */
    java.util.Optional<UserId> lastTakenBy(String keyPrefix);

    /** The ledger's total per metric for the account in [from, to). */
    Map<Metric, Long> ledgerTotals(UserId account, Instant from, Instant to);
}
