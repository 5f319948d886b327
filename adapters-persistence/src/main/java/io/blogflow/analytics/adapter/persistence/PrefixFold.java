package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.RolledCoverage.Range;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds one hour into the day's latest prefix: the prefix up to {@code end} from the prefix up to {@code end - 1h}
 * (its {@code upto} rows, {@code analytics_day_visitors}, {@code analytics_prefix_values}) and the raw events of that
 * hour alone, continued with the rules the dashboard's tail uses ({@link RawEventsSql#CONTINUED_VISITS}): a visitor
 * or a value counts only when new to the visitor that day, a visit within 30 minutes of the visitor's last event
 * continues the open one (its entry page, start and page views; the open visit as counted taken back). Gives the
 * rows the full recomputation from the day's raw events gives (tested: {@code PrefixFoldTest}), reading one hour.
 */
final class PrefixFold {

    /** Whether an event's visitor is new to the day ({@code new_visitor}) and to its post ({@code new_reader}). */
    private static final String FRESH = """
            ,
            f AS (
                SELECT s.*,
                       NOT EXISTS (SELECT 1 FROM analytics_day_visitors x WHERE x.day = ? AND x.post_id IS NULL
                                   AND x.visitor_id = s.visitor_id) AS new_visitor,
                       NOT EXISTS (SELECT 1 FROM analytics_day_visitors x WHERE x.day = ? AND x.post_id = s.post_id
                                   AND x.visitor_id = s.visitor_id) AS new_reader
                FROM s)
            """;

    /** The prefix's rollup rows: the previous prefix's plus the hour's, visitors new only, visits continued. */
    private static final String ROWS = """
            ,
            vs AS (
                SELECT entry_post AS post_id, grouping(entry_post) = 1 AS site_total,
                       coalesce(sum(sign) FILTER (WHERE pageviews > 0), 0) AS sessions,
                       coalesce(sum(sign) FILTER (WHERE pageviews = 1 AND interactions = 0), 0) AS bounces,
                       coalesce(sum(sign * duration_ms) FILTER (WHERE pageviews > 0), 0) AS duration_ms
                FROM d GROUP BY GROUPING SETS ((entry_post), ())),
            ev AS (
                SELECT post_id, grouping(post_id) = 1 AS site_total,
                       count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                       CASE WHEN grouping(post_id) = 1 THEN count(DISTINCT visitor_id) FILTER (WHERE new_visitor)
                            ELSE count(DISTINCT visitor_id) FILTER (WHERE new_reader) END AS visitors,
                       coalesce(sum(engaged_ms), 0) AS engaged_ms,
                       coalesce(sum(scroll_depth), 0) AS scroll_sum, count(scroll_depth) AS scroll_samples
                FROM f GROUP BY GROUPING SETS ((post_id), ())),
            old AS (SELECT * FROM analytics_rollups WHERE granularity = 'upto' AND bucket_start = ?),
            sums AS MATERIALIZED (
                SELECT post_id, site_total, sum(pageviews) AS pageviews, sum(visitors) AS visitors,
                       sum(sessions) AS sessions, sum(bounces) AS bounces, sum(duration_ms) AS duration_ms,
                       sum(engaged_ms) AS engaged_ms, sum(scroll_sum) AS scroll_sum,
                       sum(scroll_samples) AS scroll_samples
                FROM (SELECT post_id, post_id IS NULL AS site_total, pageviews, visitors, sessions, bounces,
                             duration_ms, engaged_ms, scroll_depth_sum AS scroll_sum, scroll_samples FROM old
                      UNION ALL
                      SELECT post_id, site_total, pageviews, visitors, 0, 0, 0, engaged_ms, scroll_sum,
                             scroll_samples FROM ev
                      UNION ALL
                      SELECT post_id, site_total, 0, 0, sessions, bounces, duration_ms, 0, 0, 0 FROM vs) a
                WHERE site_total OR post_id IS NOT NULL
                GROUP BY post_id, site_total),
            names AS MATERIALIZED (
                SELECT post_id, site_total, jsonb_object_agg(name, n) AS events
                FROM (SELECT post_id, site_total, name, sum(n)::bigint AS n
                      FROM (SELECT o.post_id, o.post_id IS NULL AS site_total, j.key AS name, j.value::bigint AS n
                            FROM old o CROSS JOIN LATERAL jsonb_each_text(o.events) j
                            UNION ALL
                            SELECT post_id, grouping(post_id) = 1, name, count(*)
                            FROM s GROUP BY GROUPING SETS ((post_id, name), (name))) x
                      GROUP BY post_id, site_total, name) y
                GROUP BY post_id, site_total)
            INSERT INTO analytics_rollups (granularity, bucket_start, post_id, pageviews, visitors, sessions, bounces,
                                           duration_ms, engaged_ms, scroll_depth_sum, scroll_samples, events)
            SELECT 'upto', ?, sums.post_id, pageviews, visitors, sessions, bounces, duration_ms, engaged_ms,
                   scroll_sum, scroll_samples, coalesce(names.events, '{}'::jsonb)
            FROM sums LEFT JOIN names ON names.site_total = sums.site_total
                                     AND names.post_id IS NOT DISTINCT FROM sums.post_id
            """;

    /** The hour's first-seen visitors: those new to the day (per post: new to the post). */
    private static final String FIRST_SEEN = """
            ,
            counted AS MATERIALIZED (
                SELECT NULL::uuid AS post_id, TRUE AS site_total, count(DISTINCT visitor_id) AS n
                FROM f WHERE new_visitor
                UNION ALL
                SELECT post_id, FALSE, count(DISTINCT visitor_id) FROM f
                WHERE new_reader AND post_id IS NOT NULL GROUP BY post_id)
            UPDATE analytics_rollups r SET first_visitors = counted.n
            FROM counted
            WHERE r.granularity = 'hour' AND r.bucket_start = ?
              AND (CASE WHEN counted.site_total THEN r.post_id IS NULL ELSE r.post_id = counted.post_id END)
            """;

    /**
     * The day's visitors and the prefix's values: per touched visitor (and visitor and post) the value keys so far
     * plus the hour's ({@code r}, entries and exits continued) minus an exit the continued visit left ({@code lost});
     * a value's visitors change by the visitors who gained or lost its key; page views and events add up. The visit
     * open at the end is the hour's last, merged with the one it continues; it left where an earlier visit left when
     * an earlier closed visit's exit key is kept, or an earlier visit of the hour left there.
     */
    private static final String VISITORS = """
            ,
            tk AS (
                SELECT visitor_id, post_id, grouping(post_id) = 1 AS site_row,
                       array_agg(DISTINCT key) FILTER (WHERE NOT (counted AND d = 'exit-pages')) AS added,
                       array_agg(DISTINCT key) FILTER (WHERE lost) AS lost
                FROM (SELECT r.*,""" + " " + RawEventsSql.valueKey("d", "v") + """
             AS key FROM r) k
                GROUP BY GROUPING SETS ((visitor_id), (visitor_id, post_id))
                HAVING grouping(post_id) = 1 OR post_id IS NOT NULL),
            nk AS (
                SELECT tk.*, o.value_keys AS old_keys, o.first_at AS old_first_at, o.last_at AS old_last_at
                FROM tk LEFT JOIN analytics_day_visitors o
                  ON o.day = ? AND o.post_id IS NULL AND o.visitor_id = tk.visitor_id
                WHERE site_row
                UNION ALL
                SELECT tk.*, o.value_keys, o.first_at, o.last_at
                FROM tk LEFT JOIN analytics_day_visitors o
                  ON o.day = ? AND o.post_id = tk.post_id AND o.visitor_id = tk.visitor_id
                WHERE NOT site_row),
            keyed AS (
                SELECT nk.*, ARRAY(SELECT DISTINCT k FROM unnest(coalesce(old_keys, '{}') || coalesce(added, '{}')) k
                                   WHERE k <> ALL (coalesce(lost, '{}')) ORDER BY k) AS new_keys
                FROM nk),
            gained AS (
                SELECT post_id, key, 1 AS sign FROM keyed, unnest(new_keys) key
                WHERE key <> ALL (coalesce(old_keys, '{}'))
                UNION ALL
                SELECT post_id, key, -1 FROM keyed, unnest(old_keys) key WHERE key <> ALL (new_keys)),
            delta AS (
                SELECT d, v, post_id, sum(pv) AS pageviews, sum(ev) AS events, 0 AS visitors
                FROM r GROUP BY GROUPING SETS ((d, v), (d, v, post_id))
                HAVING grouping(post_id) = 1 OR post_id IS NOT NULL
                UNION ALL
                SELECT dim, CASE WHEN substr(key, length(dim) + 1, 1) = ':' THEN substr(key, length(dim) + 2) END,
                       post_id, 0, 0, sum(sign)
                FROM (SELECT gained.*, substring(key FROM '^[^:!]+') AS dim FROM gained) g
                GROUP BY dim, key, post_id),
            written_values AS (
                INSERT INTO analytics_prefix_values (day, upto, dimension, value, post_id, visitors, pageviews, events)
                SELECT ?, ?, d, v, post_id, sum(visitors), sum(pageviews), sum(events)
                FROM (SELECT dimension, value, post_id, pageviews, events, visitors FROM analytics_prefix_values
                      WHERE day = ? AND upto = ?
                      UNION ALL
                      SELECT * FROM delta) a (d, v, post_id, pageviews, events, visitors)
                GROUP BY d, v, post_id HAVING sum(events) > 0
                RETURNING 1),
            fin AS (
                SELECT visitor_id, visit, max(visit) OVER (PARTITION BY visitor_id) AS last_visit,
                       first_at AS hour_first_at, coalesce(open_first_at, first_at) AS first_at, last_at,
                       pageviews + coalesce(open_pageviews, 0) AS pageviews,
                       interactions + coalesce(open_interactions, 0) AS interactions,
                       CASE WHEN carried THEN open_entry_post ELSE entry_post END AS entry_post,
                       CASE WHEN carried THEN open_entry_path ELSE entry_path END AS entry_path,
                       CASE WHEN continues AND pageviews = 0 THEN open_exit_post ELSE exit_post END AS exit_post,
                       CASE WHEN continues AND pageviews = 0 THEN open_exit_path ELSE exit_path END AS exit_path,
                       carried, open_exit_path AS was_exit_path, open_exit_closed AS was_exit_closed,
                       coalesce(bool_or(pageviews > 0 OR continues AND open_pageviews > 0) OVER (
                           PARTITION BY visitor_id, CASE WHEN continues AND pageviews = 0 THEN open_exit_path
                                                         ELSE exit_path END
                           ORDER BY visit ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), FALSE)
                           AS left_there_before
                FROM c),
            written_visitors AS (
                INSERT INTO analytics_day_visitors (day, visitor_id, post_id, first_at, last_at, open_first_at,
                                                    open_pageviews, open_interactions, open_entry_post,
                                                    open_entry_path, open_exit_post, open_exit_path,
                                                    open_exit_closed, value_keys)
                SELECT ?, l.visitor_id, NULL, coalesce(k.old_first_at, v1.hour_first_at), l.last_at, l.first_at,
                       l.pageviews, l.interactions, l.entry_post, l.entry_path, l.exit_post, l.exit_path,
                       l.pageviews > 0 AND (
                           ('exit-pages:' || l.exit_path = ANY (coalesce(k.old_keys, '{}'))
                            AND NOT (v1.carried AND l.exit_path = v1.was_exit_path AND NOT v1.was_exit_closed))
                           OR l.left_there_before),
                       k.new_keys
                FROM fin l
                JOIN fin v1 ON v1.visitor_id = l.visitor_id AND v1.visit = 1
                JOIN keyed k ON k.site_row AND k.visitor_id = l.visitor_id
                WHERE l.visit = l.last_visit
                ON CONFLICT (day, visitor_id) WHERE post_id IS NULL DO UPDATE SET
                    first_at = excluded.first_at, last_at = excluded.last_at, open_first_at = excluded.open_first_at,
                    open_pageviews = excluded.open_pageviews, open_interactions = excluded.open_interactions,
                    open_entry_post = excluded.open_entry_post, open_entry_path = excluded.open_entry_path,
                    open_exit_post = excluded.open_exit_post, open_exit_path = excluded.open_exit_path,
                    open_exit_closed = excluded.open_exit_closed, value_keys = excluded.value_keys
                RETURNING 1),
            tp AS (
                SELECT visitor_id, post_id, min(occurred_at) AS first_at, max(occurred_at) AS last_at
                FROM s WHERE post_id IS NOT NULL GROUP BY visitor_id, post_id)
            INSERT INTO analytics_day_visitors (day, visitor_id, post_id, first_at, last_at, value_keys)
            SELECT ?, k.visitor_id, k.post_id, coalesce(k.old_first_at, tp.first_at),
                   coalesce(tp.last_at, k.old_last_at), k.new_keys
            FROM keyed k LEFT JOIN tp ON tp.visitor_id = k.visitor_id AND tp.post_id = k.post_id
            WHERE NOT k.site_row AND (k.old_first_at IS NOT NULL OR tp.visitor_id IS NOT NULL)
            ON CONFLICT (day, post_id, visitor_id) WHERE post_id IS NOT NULL DO UPDATE SET
                first_at = excluded.first_at, last_at = excluded.last_at, value_keys = excluded.value_keys
            """;

    private PrefixFold() {
    }

    /** Writes the prefix up to {@code end} from the day's latest prefix, which ends an hour before. */
    static void fold(Connection connection, Instant end) throws SQLException {
        Instant from = end.minus(1, ChronoUnit.HOURS);
        Instant day = end.truncatedTo(ChronoUnit.DAYS);
        RawEventsSql raw = RawEventsSql.of(new Range(from, end));
        String tail = raw.ctes() + RawEventsSql.CONTINUED_VISITS;
        // the statements join CTEs the planner sizes at a few rows (thousands in fact): a nested loop over two of them
        // took a fold from 4 s to over a minute on the bench when the day's statistics changed; hash joins it is
        update(connection, "SET LOCAL enable_nestloop = off");
        run(connection, tail + RawEventsSql.VISIT_CHANGES + FRESH + ROWS, raw, day, day, day, from, end);
        update(connection, "UPDATE analytics_rollups SET first_visitors = 0 "
                + "WHERE granularity = 'hour' AND bucket_start = ?", from);
        run(connection, tail + FRESH + FIRST_SEEN, raw, day, day, day, from);
        String rows = RawEventsSql.rows(d -> d != Dimension.ENTRY_PAGES && d != Dimension.EXIT_PAGES);
        run(connection, tail + RawEventsSql.CARRIED + """
                ,
                r AS (
                    SELECT *, FALSE AS counted, FALSE AS lost FROM (""" + rows + """
                ) q
                    UNION ALL
                    SELECT '""" + Dimension.ENTRY_PAGES.code() + "', * FROM (" + RawEventsSql.CONTINUED_ENTRIES + """
                ) en
                    UNION ALL
                    SELECT '""" + Dimension.EXIT_PAGES.code() + "', * FROM (" + RawEventsSql.CONTINUED_EXITS + """
                ) ex)""" + VISITORS, raw, day, day, day, day, end, day, from, day, day);
        update(connection, "DELETE FROM analytics_prefix_values WHERE day = ? AND upto = ?", day, from);
        update(connection, "SET LOCAL enable_nestloop = DEFAULT");
    }

    /** A statement after the tail's CTEs: their parameters, the day for {@code m}, then {@code instants}. */
    private static void run(Connection connection, String sql, RawEventsSql raw, Instant day, Instant... instants)
            throws SQLException {
        List<Object> parameters = new ArrayList<>(raw.parameters());
        parameters.add(PostgresRollups.utc(day));
        for (Instant instant : instants) {
            parameters.add(PostgresRollups.utc(instant));
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, Instant... instants) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < instants.length; i++) {
                statement.setObject(i + 1, PostgresRollups.utc(instants[i]));
            }
            statement.executeUpdate();
        }
    }
}
