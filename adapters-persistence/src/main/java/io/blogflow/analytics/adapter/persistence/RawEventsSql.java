package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.RolledCoverage.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The raw events of some time ranges as CTEs, with the visit rules of {@link VisitSql}: {@code s} is every event
 * with its visit number (only the visits from a source when one is asked), {@code visits} one row per visit with its
 * entry and exit page. Country and device narrow the events (they are the visitor's); a source narrows whole
 * visits (the source of the visit's first event), since a visit's later pages have no source of their own. A visit
 * row also has its number and its first and last event's time (to continue a day's open visit).
 */
final class RawEventsSql {

    /** Per dimension: one row per counted thing with {@code v} (the value), visitor, post, page views, events. */
    private static final Map<Dimension, String> ROWS = Map.ofEntries(
            Map.entry(Dimension.POSTS, event("post_id::text") + " WHERE post_id IS NOT NULL"),
            Map.entry(Dimension.SOURCES, event("source")),
            Map.entry(Dimension.REFERRERS, event("referrer_host")),
            Map.entry(Dimension.UTM_MEDIUMS, event("utm_medium")),
            Map.entry(Dimension.UTM_CAMPAIGNS, event("utm_campaign")),
            Map.entry(Dimension.COUNTRIES, event("country")),
            Map.entry(Dimension.DEVICES, event("device")),
            Map.entry(Dimension.BROWSERS, event("browser")),
            Map.entry(Dimension.OS, event("os")),
            Map.entry(Dimension.EVENTS, event("name")),
            Map.entry(Dimension.PROPS, "SELECT s.name || ':' || p.key || '=' || p.value AS v, s.visitor_id, "
                    + "s.post_id, 0 AS pv, 1 AS ev FROM s CROSS JOIN LATERAL jsonb_each_text(s.props) p "
                    + "WHERE s.props IS NOT NULL"),
            Map.entry(Dimension.ENTRY_PAGES, "SELECT entry_path AS v, visitor_id, entry_post AS post_id, "
                    + "pageviews AS pv, 1 AS ev FROM visits WHERE pageviews > 0"),
            Map.entry(Dimension.EXIT_PAGES, "SELECT exit_path AS v, visitor_id, exit_post AS post_id, "
                    + "pageviews AS pv, 1 AS ev FROM visits WHERE pageviews > 0"));

    /**
     * After {@link RawEventsSql}'s CTEs of today's tail (one parameter: the day): {@code m}, each tail visit with
     * whether it continues the visit open at the latest prefix's end (its first event within 30 minutes of the
     * visitor's last one before) and that open visit as the prefix counted it.
     */
    static final String CONTINUED_VISITS = """
            ,
            m AS (
                SELECT v.*, o.visitor_id IS NOT NULL AS continues, o.open_first_at, o.last_at AS open_last_at,
                       o.open_pageviews, o.open_interactions, o.open_entry_post, o.open_entry_path,
                       o.open_exit_post, o.open_exit_path, o.open_exit_closed
                FROM visits v LEFT JOIN analytics_day_visitors o
                  ON o.day = ? AND o.post_id IS NULL AND o.visitor_id = v.visitor_id AND v.visit = 1
                 AND v.first_at - o.last_at <= interval '30 minutes')
            """;

    /**
     * After {@link #CONTINUED_VISITS}: {@code d}, what each tail visit changes in the visits counted (sign 1: the
     * visit, merged with the open one it continues; sign -1: that open visit as the prefix counted it, taken back).
     */
    static final String VISIT_CHANGES = """
            ,
            d AS (
                SELECT CASE WHEN continues AND open_pageviews > 0 THEN open_entry_post ELSE entry_post END
                           AS entry_post,
                       pageviews + coalesce(open_pageviews, 0) AS pageviews,
                       interactions + coalesce(open_interactions, 0) AS interactions,
                       (extract(epoch FROM last_at - coalesce(open_first_at, first_at)) * 1000)::bigint
                           AS duration_ms, 1 AS sign
                FROM m
                UNION ALL
                SELECT open_entry_post, open_pageviews, open_interactions,
                       (extract(epoch FROM open_last_at - open_first_at) * 1000)::bigint, -1
                FROM m WHERE continues)
            """;

    /** After {@link #CONTINUED_VISITS}: {@code c}, each tail visit and whether it carries on an open one with views. */
    static final String CARRIED = """
            , c AS (SELECT *, continues AND open_pageviews > 0 AS carried FROM m)
            """;

    /**
     * Over {@link #CARRIED}: the entry-page rows of the tail ({@code v, visitor_id, post_id, pv, ev, counted, lost}):
     * a carried visit entered where the open one did and adds its page views only ({@code counted}).
     */
    static final String CONTINUED_ENTRIES = """
            SELECT CASE WHEN carried THEN open_entry_path ELSE entry_path END AS v, visitor_id,
                   CASE WHEN carried THEN open_entry_post ELSE entry_post END AS post_id, pageviews AS pv,
                   CASE WHEN carried THEN 0 ELSE 1 END AS ev, carried AS counted, FALSE AS lost
            FROM c WHERE pageviews > 0""";

    /**
     * Over {@link #CARRIED}: the exit-page rows of the tail (same columns): a carried visit with page views leaves at
     * its new exit with both parts' page views, and is taken back where the open one left ({@code counted}); lost:
     * the visitor loses that exit page, unless an earlier visit or another tail visit of theirs left there.
     */
    static final String CONTINUED_EXITS = """
            SELECT v, visitor_id, post_id, pv, ev, counted,
                   counted AND NOT open_exit_closed
                       AND NOT bool_or(NOT counted) OVER (PARTITION BY visitor_id, v) AS lost
            FROM (SELECT exit_path AS v, visitor_id, exit_post AS post_id,
                         pageviews + CASE WHEN carried THEN open_pageviews ELSE 0 END AS pv, 1 AS ev,
                         FALSE AS counted, FALSE AS open_exit_closed
                  FROM c WHERE pageviews > 0
                  UNION ALL
                  SELECT open_exit_path, visitor_id, open_exit_post, -open_pageviews, -1, TRUE, open_exit_closed
                  FROM c WHERE carried AND pageviews > 0) x""";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /**
     * @param ranges  at least one time range
     * @param source  only visits whose first event came from this source
     */
    RawEventsSql(List<Range> ranges, Optional<String> source, Optional<String> country, Optional<String> device) {
        sql.append("""
                WITH e AS (
                    SELECT occurred_at, visitor_id, name, post_id, path, source, referrer_host, utm_medium,
                           utm_campaign, country, browser, os, device, engaged_ms, scroll_depth, props,
                           CASE WHEN occurred_at - lag(occurred_at) OVER (PARTITION BY visitor_id ORDER BY occurred_at)
                                     <= interval '30 minutes' THEN 0 ELSE 1 END AS starts
                    FROM analytics_events WHERE (""");
        for (int i = 0; i < ranges.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(occurred_at >= ? AND occurred_at < ?)");
            parameters.add(PostgresRollups.utc(ranges.get(i).from()));
            parameters.add(PostgresRollups.utc(ranges.get(i).to()));
        }
        sql.append(")");
        country.ifPresent(value -> condition(" AND country = ?", value));
        device.ifPresent(value -> condition(" AND device = ?", value));
        sql.append("""
                ),
                n AS (
                    SELECT *, sum(starts) OVER (PARTITION BY visitor_id ORDER BY occurred_at
                                                ROWS UNBOUNDED PRECEDING) AS visit
                    FROM e),
                """);
        if (source.isPresent()) {
            sql.append("""
                    s AS (
                        SELECT * FROM (SELECT *, first_value(source) OVER (PARTITION BY visitor_id, visit
                                                                           ORDER BY occurred_at) AS visit_source
                                       FROM n) f
                        WHERE visit_source = ?),
                    """);
            parameters.add(source.get());
        } else {
            sql.append("s AS (SELECT * FROM n),\n");
        }
        sql.append("""
                visits AS (
                    SELECT visitor_id, visit, min(occurred_at) AS first_at, max(occurred_at) AS last_at,
                           (array_agg(post_id ORDER BY occurred_at) FILTER (WHERE name = 'pageview'))[1] AS entry_post,
                           (array_agg(path ORDER BY occurred_at) FILTER (WHERE name = 'pageview'))[1] AS entry_path,
                           (array_agg(post_id ORDER BY occurred_at DESC) FILTER (WHERE name = 'pageview'))[1]
                               AS exit_post,
                           (array_agg(path ORDER BY occurred_at DESC) FILTER (WHERE name = 'pageview'))[1]
                               AS exit_path,
                           count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                           count(*) FILTER (WHERE name NOT IN ('pageview', 'engagement')) AS interactions,
                           (extract(epoch FROM max(occurred_at) - min(occurred_at)) * 1000)::bigint AS duration_ms
                    FROM s GROUP BY visitor_id, visit)
                """);
    }

    /** The raw events of one range, unfiltered (rollups, today's tail). */
    static RawEventsSql of(Range range) {
        return new RawEventsSql(List.of(range), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A value as a visitor's value key ({@code dimension:value}, {@code dimension!} for none), as kept in
     * {@code analytics_day_visitors.value_keys}; {@code dimension} and {@code value} are SQL expressions.
     */
    static String valueKey(String dimension, String value) {
        return dimension + " || coalesce(':' || " + value + ", '!')";
    }

    private static String event(String value) {
        return "SELECT " + value + " AS v, visitor_id, post_id, (name = 'pageview')::int AS pv, 1 AS ev FROM s";
    }

    /** The rows of a dimension, as a SELECT over the CTEs. */
    static String rows(Dimension dimension) {
        return ROWS.get(dimension);
    }

    /** The rows of the dimensions chosen, each with its code as {@code d}: one SELECT over the CTEs. */
    static String rows(Predicate<Dimension> chosen) {
        return Arrays.stream(Dimension.values()).filter(chosen)
                .map(d -> "SELECT '" + d.code() + "' AS d, * FROM (" + rows(d) + ") " + d.name())
                .collect(Collectors.joining("\nUNION ALL\n"));
    }

    private void condition(String text, Object value) {
        sql.append(text);
        parameters.add(value);
    }

    /** The CTEs, to be followed by a statement using them. */
    String ctes() {
        return sql.toString();
    }

    /** The CTEs' parameters, to be followed by the statement's. */
    List<Object> parameters() {
        return parameters;
    }
}
