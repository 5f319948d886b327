package io.blogflow.billing.adapter.persistence;

import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The counters in SQL. A reservation is one statement: it locks the account's counter rows of the wanted metrics in a
 * fixed order (so concurrent reservations queue instead of deadlocking), checks that every quantity fits under its
 * ceiling on the locked rows, and only then adds them and records the reservation. A commit is one statement too:
 * it settles the reservation by a conditional update on its status, locks the account's counters in the same fixed
 * order (a one-time filter of the lines below waits for the whole lock before any counter changes), inserts the ledger
 * records (a known key inserts nothing) and moves exactly what was inserted from reserved to used: one round trip.
 * <p>
 * The transaction a reservation rides commits without waiting for its WAL flush ({@code synchronous_commit = off}
 * for that transaction only): otherwise the reservation would turn a run's read-only price lookup into a transaction
 * that waits for the disk before the provider call (measured: most of what metering cost a run on a server with
 * fsync). The risk is bounded: only a PostgreSQL crash (not a stop) within a fraction of a second can lose a
 * reservation, whole, as if it never happened (counters and row together); that run's commit then finds nothing
 * held and records nothing. The commit, the money, stays synchronous with the transaction it rides.
 */
@ApplicationScoped
public class PostgresUsageCounters implements UsageCounters {

    private static final String COUNTER_COLUMNS = "metric, used, reserved, included, ceiling, period_start, "
            + "period_end, notified_percent";

    private static final String RESERVE = """
            WITH wanted AS (
                SELECT w.metric, w.quantity FROM unnest(?::text[], ?::bigint[]) AS w(metric, quantity)),
            locked AS (
                SELECT c.metric, c.used, c.reserved, c.ceiling, w.quantity
                FROM billing_usage_counters c JOIN wanted w ON w.metric = c.metric
                WHERE c.account_id = ? AND c.period_end > ?
                ORDER BY c.metric
                FOR UPDATE OF c),
            verdict AS (
                SELECT count(*) = ? AS fits FROM locked
                WHERE ceiling IS NULL OR used + reserved + greatest(quantity, 1) <= ceiling),
            added AS (
                UPDATE billing_usage_counters c SET reserved = c.reserved + l.quantity
                FROM locked l, verdict v
                WHERE v.fits AND c.account_id = ? AND c.metric = l.metric
                RETURNING c.metric),
            recorded AS (
                INSERT INTO billing_usage_reservations (id, account_id, reference, source, metrics, quantities,
                                                        created_at, expires_at)
                SELECT ?, ?, ?, ?, ?::text[], ?::bigint[], ?, ? FROM verdict WHERE fits
                RETURNING id)
            SELECT (SELECT fits FROM verdict) AS fits, (SELECT count(*) FROM added) AS added,
                   set_config('synchronous_commit', 'off', true) AS asynchronous
            """;

    private static final String COMMIT = """
            WITH settled AS (
                UPDATE billing_usage_reservations SET status = 'committed'
                WHERE id = ? AND status = 'held'
                RETURNING account_id, reference, source, metrics, quantities),
            locked AS (
                SELECT c.metric FROM billing_usage_counters c
                WHERE c.account_id = (SELECT account_id FROM settled)
                ORDER BY c.metric
                FOR UPDATE OF c),
            lines AS (
                SELECT s.account_id, s.reference, s.source, r.metric, r.quantity AS reserved,
                       coalesce(a.actual, 0) AS actual
                FROM settled s
                CROSS JOIN LATERAL unnest(s.metrics, s.quantities) AS r(metric, quantity)
                LEFT JOIN unnest(?::text[], ?::bigint[]) AS a(metric, actual) ON a.metric = r.metric
                WHERE (SELECT count(*) FROM locked) >= 0),
            recorded AS (
                INSERT INTO billing_usage_records (idempotency_key, account_id, metric, quantity, source, occurred_at)
                SELECT reference || '/' || metric, account_id, metric, actual, source, ? FROM lines WHERE actual <> 0
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING metric, quantity)
            UPDATE billing_usage_counters c
            SET reserved = greatest(0, c.reserved - l.reserved),
                used = greatest(0, c.used + coalesce((SELECT sum(quantity) FROM recorded r WHERE r.metric = l.metric), 0))
            FROM lines l
            WHERE c.account_id = l.account_id AND c.metric = l.metric
            RETURNING c.metric, c.used, c.reserved, c.included, c.ceiling, c.period_start, c.period_end,
                      c.notified_percent
            """;

    /** Like the commit, it locks the account's counters itself, in the same order, before any of them changes. */
    private static final String RELEASE = """
            WITH settled AS (
                UPDATE billing_usage_reservations SET status = ?
                WHERE id = ? AND status = 'held'
                RETURNING account_id, metrics, quantities),
            locked AS (
                SELECT c.metric FROM billing_usage_counters c
                WHERE c.account_id = (SELECT account_id FROM settled)
                ORDER BY c.metric
                FOR UPDATE OF c),
            lines AS (
                SELECT s.account_id, r.metric, sum(r.quantity) AS quantity
                FROM settled s CROSS JOIN LATERAL unnest(s.metrics, s.quantities) AS r(metric, quantity)
                WHERE (SELECT count(*) FROM locked) >= 0
                GROUP BY s.account_id, r.metric)
            UPDATE billing_usage_counters c SET reserved = greatest(0, c.reserved - l.quantity)
            FROM lines l WHERE c.account_id = l.account_id AND c.metric = l.metric
            """;

    /**
     * Locks all of an account's counters in the one order every statement here uses (by metric), before a statement
     * that changes several of them in an order of the planner's choosing: concurrent changes queue, never deadlock.
     */
    private static final String LOCK_ACCOUNT = "SELECT metric FROM billing_usage_counters WHERE account_id = ? "
            + "ORDER BY metric FOR UPDATE";

    private final Sql sql;

    public PostgresUsageCounters(EntityManager em) {
        this.sql = new Sql(em);
    }

    private void lockCounters(UserId account) {
        sql.list(LOCK_ACCOUNT, row -> row.getString(1), account.value());
    }

    @Override
    public void open(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Limit> limits) {
        Terms terms = Terms.of(limits);
        sql.update("""
                INSERT INTO billing_usage_counters (account_id, metric, period_start, period_end, included, ceiling)
                SELECT ?, t.metric, ?, ?, t.included, t.ceiling
                FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS t(metric, included, ceiling)
                ON CONFLICT (account_id, metric) DO NOTHING
                """, account.value(), periodStart, periodEnd, terms.metrics, terms.included, terms.ceilings);
    }

    @Override
    public void startPeriod(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Limit> limits) {
        open(account, periodStart, periodEnd, limits);
        lockCounters(account);
        Terms terms = Terms.of(limits);
        sql.update("""
                UPDATE billing_usage_counters c
                SET period_start = ?, period_end = ?, included = t.included, ceiling = t.ceiling,
                    used = CASE WHEN c.metric IN (%s) THEN 0 ELSE c.used END,
                    notified_percent = CASE WHEN c.metric IN (%s) THEN 0 ELSE c.notified_percent END
                FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS t(metric, included, ceiling)
                WHERE c.account_id = ? AND c.metric = t.metric
                """.formatted(RESETTING, RESETTING), periodStart, periodEnd, terms.metrics, terms.included,
                terms.ceilings, account.value());
    }

    /** The metrics that start over each period, as an SQL list. */
    private static final String RESETTING = String.join(", ", java.util.Arrays.stream(Metric.values())
            .filter(Metric::resetsEachPeriod).map(metric -> "'" + metric.code() + "'").toList());

    @Override
    public void applyLimits(UserId account, Map<Metric, Limit> limits) {
        lockCounters(account);
        Terms terms = Terms.of(limits);
        sql.update("""
                UPDATE billing_usage_counters c SET included = t.included, ceiling = t.ceiling
                FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS t(metric, included, ceiling)
                WHERE c.account_id = ? AND c.metric = t.metric
                """, terms.metrics, terms.included, terms.ceilings, account.value());
    }

    @Override
    public List<Counter> of(UserId account) {
        return sql.list("SELECT " + COUNTER_COLUMNS + " FROM billing_usage_counters WHERE account_id = ? "
                + "ORDER BY metric", PostgresUsageCounters::counter, account.value());
    }

    @Override
    public boolean reserve(UUID reservation, UserId account, String reference, String source,
                           Map<Metric, Long> quantities, Instant now, Instant expiresAt) {
        String[] metrics = quantities.keySet().stream().map(Metric::code).toArray(String[]::new);
        Long[] amounts = quantities.values().toArray(Long[]::new);
        return sql.one(RESERVE, row -> row.getBoolean("fits") && row.getLong("added") == metrics.length,
                metrics, amounts, account.value(), now, metrics.length, account.value(), reservation,
                account.value(), reference, source, metrics, amounts, now, expiresAt).orElse(false);
    }

    @Override
    public List<Counter> commit(UUID reservation, Map<Metric, Long> actual, Instant now) {
        String[] metrics = actual.keySet().stream().map(Metric::code).toArray(String[]::new);
        Long[] amounts = actual.values().toArray(Long[]::new);
        return sql.list(COMMIT, PostgresUsageCounters::counter, reservation, metrics, amounts, now);
    }

    @Override
    public boolean release(UUID reservation) {
        return sql.update(RELEASE, "released", reservation) > 0;
    }

    @Override
    public int releaseExpired(Instant now, int limit) {
        List<UUID> expired = sql.list("""
                SELECT id FROM billing_usage_reservations WHERE status = 'held' AND expires_at <= ?
                ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED
                """, row -> Sql.uuid(row, "id"), now, limit);
        if (expired.isEmpty()) {
            return 0;
        }
        // one reservation at a time, each statement locking its account's counters in order
        expired.forEach(id -> sql.update(RELEASE, "expired", id));
        return expired.size();
    }

    @Override
    public Recorded record(UserId account, Metric metric, long quantity, String key, String source, Instant now) {
        // The counter row is locked first: the check below and the change after it see the same state.
        Optional<Counter> locked = sql.one("SELECT " + COUNTER_COLUMNS + " FROM billing_usage_counters "
                + "WHERE account_id = ? AND metric = ? FOR UPDATE", PostgresUsageCounters::counter, account.value(),
                metric.code());
        if (locked.isEmpty()) {
            return new Recorded(RecordOutcome.NO_COUNTER, null);
        }
        Counter counter = locked.get();
        if (quantity > 0 && counter.ceiling() != null
                && counter.used() + counter.reserved() + quantity > counter.ceiling()) {
            return new Recorded(RecordOutcome.DID_NOT_FIT, counter);
        }
        int inserted = sql.update("""
                INSERT INTO billing_usage_records (idempotency_key, account_id, metric, quantity, source, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING
                """, key, account.value(), metric.code(), quantity, source, now);
        if (inserted == 0) {
            return new Recorded(RecordOutcome.ALREADY_RECORDED, counter);
        }
        Counter after = sql.one("UPDATE billing_usage_counters SET used = greatest(0, used + ?) "
                        + "WHERE account_id = ? AND metric = ? RETURNING " + COUNTER_COLUMNS,
                PostgresUsageCounters::counter, quantity, account.value(), metric.code()).orElseThrow();
        return new Recorded(RecordOutcome.RECORDED, after);
    }

    @Override
    public boolean markNotified(UserId account, Metric metric, int percent) {
        return sql.update("UPDATE billing_usage_counters SET notified_percent = ? "
                + "WHERE account_id = ? AND metric = ? AND notified_percent < ?", (short) percent, account.value(),
                metric.code(), (short) percent) == 1;
    }

    @Override
    public Optional<UserId> lastTakenBy(String keyPrefix) {
        return sql.one("SELECT account_id FROM billing_usage_records WHERE idempotency_key LIKE ? AND quantity > 0 "
                        + "ORDER BY id DESC LIMIT 1", row -> new UserId(Sql.uuid(row, "account_id")),
                keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    @Override
    public Map<Metric, Long> ledgerTotals(UserId account, Instant from, Instant to) {
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        sql.list("SELECT metric, sum(quantity) AS total FROM billing_usage_records WHERE account_id = ? "
                        + "AND occurred_at >= ? AND occurred_at < ? GROUP BY metric",
                row -> totals.put(Metric.ofCode(row.getString("metric")).orElseThrow(), row.getLong("total")),
                account.value(), from, to);
        return totals;
    }

    private static Counter counter(ResultSet row) throws SQLException {
        return new Counter(Metric.ofCode(row.getString("metric")).orElseThrow(), row.getLong("used"),
                row.getLong("reserved"), row.getLong("included"), Sql.nullableLong(row, "ceiling"),
                Sql.instant(row, "period_start"), Sql.instant(row, "period_end"), row.getInt("notified_percent"));
    }

    /** A plan's limits as the parallel arrays the statements unnest: every metric, unlimited ones with no ceiling. */
    private record Terms(String[] metrics, Long[] included, Long[] ceilings) {

        static Terms of(Map<Metric, Limit> limits) {
            List<String> metrics = new ArrayList<>();
            List<Long> included = new ArrayList<>();
            List<Long> ceilings = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                Limit limit = limits.get(metric);
                metrics.add(metric.code());
                included.add(limit == null ? 0 : limit.included());
                ceilings.add(limit == null ? null : limit.ceiling());
            }
            return new Terms(metrics.toArray(String[]::new), included.toArray(Long[]::new),
                    ceilings.toArray(Long[]::new));
        }
    }
}
