package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.RollupStore;
import io.blogflow.analytics.domain.PrefixRoll;
import io.blogflow.analytics.domain.RolledCoverage.Range;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Rollups in SQL. A window is recomputed by one DELETE and one INSERT … SELECT over the raw events of the window:
 * visits are found with window functions (a gap of more than 30 minutes starts a new one), a visit is a bounce with
 * one page view and no interactive event, and GROUPING SETS give the per-post rows and the site row in one pass.
 * A transaction-scoped advisory lock per window keeps two instances from rolling the same window at once. A day
 * prefix (today up to a complete hour) is rolled the same way, with the day's visitors so far beside it.
 */
@ApplicationScoped
public class PostgresRollups implements RollupStore {

    private static final Logger LOG = Logger.getLogger(PostgresRollups.class);

    private static final String ROLL = VisitSql.VISITS + """
            ,
            ev AS (
                SELECT post_id, grouping(post_id) = 1 AS site_total,
                       count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                       count(DISTINCT visitor_id) AS visitors,
                       coalesce(sum(engaged_ms), 0) AS engaged_ms,
                       coalesce(sum(scroll_depth), 0) AS scroll_sum, count(scroll_depth) AS scroll_samples
                FROM s GROUP BY GROUPING SETS ((post_id), ())),
            names AS (
                SELECT post_id, site_total, jsonb_object_agg(name, n) AS events
                FROM (SELECT post_id, grouping(post_id) = 1 AS site_total, name, count(*) AS n
                      FROM s GROUP BY GROUPING SETS ((post_id, name), (name))) counted
                GROUP BY post_id, site_total),
            vs AS (
                SELECT entry_post AS post_id, grouping(entry_post) = 1 AS site_total, count(*) AS sessions,
                       count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces,
                       coalesce(sum(duration_ms), 0) AS duration_ms
                FROM visits WHERE pageviews > 0 GROUP BY GROUPING SETS ((entry_post), ()))
            INSERT INTO analytics_rollups (granularity, bucket_start, post_id, pageviews, visitors, sessions, bounces,
                                           duration_ms, engaged_ms, scroll_depth_sum, scroll_samples, events)
            SELECT ?, ?, ev.post_id, ev.pageviews, ev.visitors, coalesce(vs.sessions, 0), coalesce(vs.bounces, 0),
                   coalesce(vs.duration_ms, 0), ev.engaged_ms, ev.scroll_sum, ev.scroll_samples,
                   coalesce(names.events, '{}'::jsonb)
            FROM ev
            LEFT JOIN vs ON vs.site_total = ev.site_total AND vs.post_id IS NOT DISTINCT FROM ev.post_id
            LEFT JOIN names ON names.site_total = ev.site_total AND names.post_id IS NOT DISTINCT FROM ev.post_id
            WHERE ev.site_total OR ev.post_id IS NOT NULL
            RETURNING post_id
            """;

    private static final String REFRESH_POSTS = """
            WITH r AS (
                SELECT post_id, pageviews, visitors, sessions, bounces, engaged_ms
                FROM analytics_rollups WHERE granularity = 'day' AND post_id = ANY (?)
                UNION ALL
                SELECT h.post_id, h.pageviews, h.visitors, h.sessions, h.bounces, h.engaged_ms
                FROM analytics_rollups h
                WHERE h.granularity = 'hour' AND h.post_id = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM analytics_rollup_windows w
                                  WHERE w.granularity = 'day'
                                    AND w.bucket_start = date_trunc('day', h.bucket_start, 'UTC')))
            INSERT INTO post_analytics (post_id, views, visitors, avg_time_ms, bounce_rate, last_calculated_at)
            SELECT post_id, sum(pageviews), sum(visitors),
                   CASE WHEN sum(pageviews) > 0 THEN round(sum(engaged_ms)::numeric / sum(pageviews)) ELSE 0 END,
                   CASE WHEN sum(sessions) > 0 THEN round(sum(bounces)::numeric / sum(sessions), 4) ELSE 0 END, ?
            FROM r GROUP BY post_id
            ON CONFLICT (post_id) DO UPDATE SET views = excluded.views, visitors = excluded.visitors,
                avg_time_ms = excluded.avg_time_ms, bounce_rate = excluded.bounce_rate,
                last_calculated_at = excluded.last_calculated_at
            """;

    /** Each day's visitors counted once, in the hour of their first event that day (site and per post). */
    private static final String FIRST_SEEN = """
            WITH firsts AS (
                SELECT post_id, grouping(post_id) = 1 AS site_total, min(occurred_at) AS first_at
                FROM analytics_events WHERE occurred_at >= ? AND occurred_at < ?
                GROUP BY GROUPING SETS ((visitor_id, post_id), (visitor_id))),
            counted AS (
                SELECT date_trunc('hour', first_at, 'UTC') AS hour, post_id, site_total, count(*) AS n
                FROM firsts WHERE site_total OR post_id IS NOT NULL GROUP BY 1, 2, 3)
            UPDATE analytics_rollups r SET first_visitors = counted.n
            FROM counted
            WHERE r.granularity = 'hour' AND r.bucket_start = counted.hour
              AND (CASE WHEN counted.site_total THEN r.post_id IS NULL ELSE r.post_id = counted.post_id END)
            """;

    /** A day's breakdown values (per dimension and value; site and per post) of the raw rows {@code r}. */
    private static final String VALUES = """
            SELECT d, v, post_id, count(DISTINCT visitor_id), sum(pv), sum(ev)
            FROM r GROUP BY GROUPING SETS ((d, v), (d, v, post_id))
            HAVING grouping(post_id) = 1 OR post_id IS NOT NULL""";

    /**
     * The visitors of a day up to a prefix's end, and the prefix's breakdown values, from one read of the raw rows
     * {@code r}: per visitor (site row) the first and last event, the visit open at the last one (its start, page
     * views, interactions, entry post and page, exit page and post, and whether an earlier visit left on that page
     * too) and the values the visitor had ({@code value_keys}); per visitor and post the first and last event and
     * the values the visitor had on that post.
     */
    private static final String DAY_VISITORS = ",\nr AS (" + RawEventsSql.rows(d -> true) + "),\n" + """
            keys AS (
                SELECT visitor_id, post_id, grouping(post_id) = 1 AS site_row,
                       array_agg(DISTINCT""" + " " + RawEventsSql.valueKey("d", "v") + """
            ) AS value_keys
                FROM r GROUP BY GROUPING SETS ((visitor_id), (visitor_id, post_id))),
            prefix_values AS (
                INSERT INTO analytics_prefix_values (day, upto, dimension, value, post_id, visitors, pageviews, events)
                SELECT ?, ?, *
                FROM (""" + VALUES + """
            ) vals
                RETURNING 1),
            last_visit AS (
                SELECT DISTINCT ON (visitor_id) visitor_id, first_at, last_at, pageviews, interactions, entry_post,
                       entry_path, exit_post, exit_path,
                       count(*) FILTER (WHERE pageviews > 0) OVER (PARTITION BY visitor_id, exit_path) > 1
                           AS exit_closed,
                       min(first_at) OVER (PARTITION BY visitor_id) AS day_first_at
                FROM visits ORDER BY visitor_id, visit DESC)
            INSERT INTO analytics_day_visitors (day, visitor_id, post_id, first_at, last_at, open_first_at,
                                                open_pageviews, open_interactions, open_entry_post, open_entry_path,
                                                open_exit_post, open_exit_path, open_exit_closed, value_keys)
            SELECT ?, l.visitor_id, NULL, day_first_at, last_at, first_at, pageviews, interactions, entry_post,
                   entry_path, exit_post, exit_path, exit_closed, k.value_keys
            FROM last_visit l LEFT JOIN keys k ON k.site_row AND k.visitor_id = l.visitor_id
            UNION ALL
            SELECT ?, p.visitor_id, p.post_id, p.first_at, p.last_at, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   k.value_keys
            FROM (SELECT visitor_id, post_id, min(occurred_at) AS first_at, max(occurred_at) AS last_at
                  FROM s WHERE post_id IS NOT NULL GROUP BY visitor_id, post_id) p
            LEFT JOIN keys k ON NOT k.site_row AND k.visitor_id = p.visitor_id AND k.post_id = p.post_id
            """;

    private final EntityManager em;

    public PostgresRollups(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Instant> earliestEvent() {
        return instant("SELECT min(occurred_at) FROM analytics_events");
    }

    @Override
    public Optional<Instant> latestRolled(Granularity granularity) {
        return instant("SELECT max(bucket_start) FROM analytics_rollup_windows WHERE granularity = ?", code(granularity));
    }

    @Override
    public List<Instant> rolledTooEarly(Granularity granularity, Duration lag, Instant now) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT bucket_start FROM analytics_rollup_windows
                    WHERE granularity = ? AND rolled_at < bucket_start + ?::interval + ?::interval
                    ORDER BY bucket_start""")) {
                statement.setString(1, code(granularity));
                statement.setString(2, granularity.length().getSeconds() + " seconds");
                statement.setString(3, lag.getSeconds() + " seconds");
                List<Instant> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
                return found;
            }
        });
    }

    @Override
    public Optional<Set<UUID>> roll(Granularity granularity, Instant start, Instant now) {
        Instant end = start.plus(granularity.length());
        long began = System.nanoTime();
        return work(connection -> {
            if (!locked(connection, granularity, start)) {
                return Optional.empty();
            }
            Set<UUID> posts = replaceRows(connection, granularity, start);
            if (granularity == Granularity.DAY) {
                rollDay(connection, start, end);
            }
            markRolled(connection, code(granularity), start, now);
            if (granularity == Granularity.DAY) {
                MonthlyValues.afterDayRolled(connection, start, now);
            }
            LOG.infof("analytics rollup: %s %s rolled in %d ms (%d posts)", code(granularity), start,
                    (System.nanoTime() - began) / 1_000_000, posts.size());
            return Optional.of(posts);
        });
    }

    /** Takes the window's lock for this transaction, unless another instance holds it. */
    private static boolean locked(Connection connection, Granularity granularity, Instant start) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('analytics.rollup.' || ?), ?)")) {
            lock.setString(1, code(granularity));
            lock.setInt(2, (int) (start.getEpochSecond() / 3600));
            try (ResultSet locked = lock.executeQuery()) {
                locked.next();
                return locked.getBoolean(1);
            }
        }
    }

    /**
     * Replaces a window's rollup rows; returns the posts with figures. An hour's first-seen visitors are set by its
     * day's prefix or rollup: they are kept, for a prefix whose events did not change does not set them again.
     */
    private static Set<UUID> replaceRows(Connection connection, Granularity granularity, Instant start)
            throws SQLException {
        List<Object> postIds = new ArrayList<>();
        List<Object> firstSeen = new ArrayList<>();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM analytics_rollups "
                + "WHERE granularity = ? AND bucket_start = ? RETURNING post_id, first_visitors")) {
            delete.setString(1, code(granularity));
            delete.setObject(2, utc(start));
            try (ResultSet deleted = delete.executeQuery()) {
                while (deleted.next()) {
                    postIds.add(deleted.getObject(1, UUID.class));
                    firstSeen.add(deleted.getLong(2));
                }
            }
        }
        Set<UUID> posts = insertRollup(connection, code(granularity), start, start.plus(granularity.length()), start);
        if (granularity == Granularity.HOUR && !postIds.isEmpty()) {
            try (PreparedStatement keep = connection.prepareStatement("""
                    UPDATE analytics_rollups r SET first_visitors = k.n
                    FROM unnest(?::uuid[], ?::bigint[]) k (post_id, n)
                    WHERE r.granularity = 'hour' AND r.bucket_start = ?
                      AND r.post_id IS NOT DISTINCT FROM k.post_id""")) {
                keep.setArray(1, connection.createArrayOf("uuid", postIds.toArray()));
                keep.setArray(2, connection.createArrayOf("bigint", firstSeen.toArray()));
                keep.setObject(3, utc(start));
                keep.executeUpdate();
            }
        }
        return posts;
    }

    /** The rollup rows of {@code [from, to)} under a granularity and bucket; returns the posts with figures. */
    private static Set<UUID> insertRollup(Connection connection, String granularity, Instant from, Instant to,
                                          Instant bucket) throws SQLException {
        Set<UUID> posts = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(ROLL)) {
            insert.setObject(1, utc(from));
            insert.setObject(2, utc(to));
            insert.setString(3, granularity);
            insert.setObject(4, utc(bucket));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    UUID post = rows.getObject(1, UUID.class);
                    if (post != null) {
                        posts.add(post);
                    }
                }
            }
        }
        return posts;
    }

    private static void markRolled(Connection connection, String granularity, Instant bucket, Instant now)
            throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement("""
                INSERT INTO analytics_rollup_windows (granularity, bucket_start, rolled_at) VALUES (?, ?, ?)
                ON CONFLICT (granularity, bucket_start) DO UPDATE SET rolled_at = excluded.rolled_at""")) {
            mark.setString(1, granularity);
            mark.setObject(2, utc(bucket));
            mark.setObject(3, utc(now));
            mark.executeUpdate();
        }
    }

    /**
     * A day prefix is stored as rollup rows of granularity {@code upto} at its end. Prefix rolls of one day wait for
     * each other (a blocking advisory lock): the day's visitors belong to its latest prefix, so they are replaced only
     * by a roll of that prefix or a later one. The next hour's prefix is folded from the latest one when that one
     * still counts every event its hours' rollups count (no late event since); otherwise the prefix is recomputed
     * from the day's raw events. A prefix rolled again is left alone when its hours count the events it counted;
     * when they do not (late events), it is recomputed and every later prefix of the day folded again from it.
     */
    @Override
    public void rollPrefix(Instant end, Instant now) {
        Instant day = end.truncatedTo(ChronoUnit.DAYS);
        long began = System.nanoTime();
        PrefixRoll how = work(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtext('analytics.rollup.upto'), ?)")) {
                lock.setInt(1, (int) (day.getEpochSecond() / 86_400));
                lock.execute();
            }
            // the day visitors' statement is costed past jit_above_cost: compiling it took ~4 s of a 5 s roll of
            // 9,000 events (EXPLAIN ANALYZE on the bench's database), running it without JIT ~1 s
            try (Statement noJit = connection.createStatement()) {
                noJit.execute("SET LOCAL jit = off");
            }
            Optional<Instant> latest = latestPrefix(connection, day);
            PrefixRoll roll = PrefixRoll.of(end, latest, dayRolled(connection, day), at -> {
                try {
                    return upToDate(connection, day, at);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            switch (roll) {
                case FOLD -> refold(connection, end);
                case RECOMPUTE -> recompute(connection, day, end);
                case UNCHANGED -> { }
                case RECOMPUTE_AND_FOLD_LATER -> {
                    recompute(connection, day, end);
                    // each later hour's rows first, so the first-seen visitors the fold sets are on its rows as
                    // the hour's events now make them
                    for (Instant next = end.plus(1, ChronoUnit.HOURS); !next.isAfter(latest.orElseThrow());
                         next = next.plus(1, ChronoUnit.HOURS)) {
                        Instant hour = next.minus(1, ChronoUnit.HOURS);
                        if (!locked(connection, Granularity.HOUR, hour)) {
                            // rolled elsewhere right now: this roll is undone and done again on the next run
                            throw new IllegalStateException("analytics rollup: hour " + hour + " is being rolled");
                        }
                        replaceRows(connection, Granularity.HOUR, hour);
                        refold(connection, next);
                    }
                }
            }
            markRolled(connection, "upto", end, now);
            return roll;
        });
        LOG.infof("analytics rollup: day up to %s rolled in %d ms (%s)", end, (System.nanoTime() - began) / 1_000_000,
                how.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The day's latest prefix rolled, if any. */
    private static Optional<Instant> latestPrefix(Connection connection, Instant day) throws SQLException {
        try (PreparedStatement latest = connection.prepareStatement("SELECT max(bucket_start) FROM "
                + "analytics_rollup_windows WHERE granularity = 'upto' AND bucket_start > ? AND bucket_start < ?")) {
            latest.setObject(1, utc(day));
            latest.setObject(2, utc(day.plus(1, ChronoUnit.DAYS)));
            try (ResultSet rows = latest.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        }
    }

    /** Whether the whole day is rolled (which deletes its visitors: there is no prefix state to fold into). */
    private static boolean dayRolled(Connection connection, Instant day) throws SQLException {
        try (PreparedStatement rolled = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM "
                + "analytics_rollup_windows WHERE granularity = 'day' AND bucket_start = ?)")) {
            rolled.setObject(1, utc(day));
            try (ResultSet rows = rolled.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /**
     * Whether the prefix up to {@code end} counts as many events as the day's hourly rollups before {@code end}: raw
     * events are only ever added, so equal counts mean no event reached those hours since the prefix was rolled.
     */
    private static boolean upToDate(Connection connection, Instant day, Instant end) throws SQLException {
        try (PreparedStatement counts = connection.prepareStatement("""
                SELECT granularity = 'upto', coalesce(sum(j.value::bigint), 0), count(DISTINCT r.bucket_start)
                FROM analytics_rollups r CROSS JOIN LATERAL jsonb_each_text(r.events) j
                WHERE r.post_id IS NULL AND (r.granularity = 'upto' AND r.bucket_start = ?
                      OR r.granularity = 'hour' AND r.bucket_start >= ? AND r.bucket_start < ?)
                GROUP BY 1""")) {
            counts.setObject(1, utc(end));
            counts.setObject(2, utc(day));
            counts.setObject(3, utc(end));
            long prefix = -1;
            long hours = 0;
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(1)) {
                        prefix = rows.getLong(2);
                    } else {
                        hours = rows.getLong(2);
                    }
                }
            }
            return prefix == hours;
        }
    }

    /** The prefix up to {@code end} folded from the day's prefix an hour before, which is its latest. */
    private static void refold(Connection connection, Instant end) throws SQLException {
        update(connection, "DELETE FROM analytics_rollups WHERE granularity = 'upto' AND bucket_start = ?", end);
        PrefixFold.fold(connection, end);
    }

    /** The prefix up to {@code end} from the day's raw events, with the day's visitors and values up to it. */
    private static void recompute(Connection connection, Instant day, Instant end) throws SQLException {
        update(connection, "DELETE FROM analytics_rollups WHERE granularity = 'upto' AND bucket_start = ?", end);
        insertRollup(connection, "upto", day, end, end);
        forgetDayVisitors(connection, "day = ? OR day < ?", day, day.minus(1, ChronoUnit.DAYS));
        RawEventsSql raw = RawEventsSql.of(new Range(day, end));
        List<Object> parameters = new ArrayList<>(raw.parameters());
        parameters.addAll(List.of(utc(day), utc(end), utc(day), utc(day)));
        try (PreparedStatement insert = connection.prepareStatement(raw.ctes() + DAY_VISITORS)) {
            for (int i = 0; i < parameters.size(); i++) {
                insert.setObject(i + 1, parameters.get(i));
            }
            insert.executeUpdate();
        }
        firstVisitors(connection, day, end);
    }

    private static void update(Connection connection, String sql, Instant... instants) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < instants.length; i++) {
                statement.setObject(i + 1, utc(instants[i]));
            }
            statement.executeUpdate();
        }
    }

    /** The day visitors and prefix values of the days chosen (a condition on {@code day}). */
    private static void forgetDayVisitors(Connection connection, String days, Instant... instants)
            throws SQLException {
        update(connection, "DELETE FROM analytics_day_visitors WHERE " + days, instants);
        update(connection, "DELETE FROM analytics_prefix_values WHERE " + days, instants);
    }

    /** Each visitor of {@code [start, end)} (a day or its prefix) counted in the hour first seen that day. */
    private static void firstVisitors(Connection connection, Instant start, Instant end) throws SQLException {
        update(connection, "UPDATE analytics_rollups SET first_visitors = 0 "
                + "WHERE granularity = 'hour' AND bucket_start >= ? AND bucket_start < ?", start, end);
        update(connection, FIRST_SEEN, start, end);
    }

    /**
     * What only whole days give: the hour each of the day's visitors was first seen (time series in other zones),
     * and the day's breakdown values for every dimension (site and per post).
     */
    private static void rollDay(Connection connection, Instant start, Instant end) throws SQLException {
        firstVisitors(connection, start, end);
        // a whole day needs no visitors nor prefix to continue from
        forgetDayVisitors(connection, "day = ?", start);
        update(connection, "DELETE FROM analytics_rollup_values WHERE day = ?", start);
        RawEventsSql raw = RawEventsSql.of(new Range(start, end));
        try (PreparedStatement insert = connection.prepareStatement(raw.ctes() + ",\nr AS ("
                + RawEventsSql.rows(d -> true) + ")\n"
                + "INSERT INTO analytics_rollup_values (day, dimension, value, post_id, visitors, pageviews, events)\n"
                + "SELECT ?, * FROM (" + VALUES + ") vals")) {
            int i = 1;
            for (Object parameter : raw.parameters()) {
                insert.setObject(i++, parameter);
            }
            insert.setObject(i, utc(start));
            insert.executeUpdate();
        }
    }

    @Override
    public void refreshPostAnalytics(Set<UUID> posts, Instant now) {
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REFRESH_POSTS)) {
                var ids = connection.createArrayOf("uuid", posts.toArray());
                statement.setArray(1, ids);
                statement.setArray(2, ids);
                statement.setObject(3, utc(now));
                return statement.executeUpdate();
            }
        });
    }

    private Optional<Instant> instant(String sql, Object... parameters) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    OffsetDateTime value = rows.getObject(1, OffsetDateTime.class);
                    return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
                }
            }
        });
    }

    private <T> T work(Jdbc<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::apply);
    }

    @FunctionalInterface
    private interface Jdbc<T> {
        T apply(Connection connection) throws SQLException;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String code(Granularity granularity) {
        return granularity.name().toLowerCase(java.util.Locale.ROOT);
    }
}
