package io.blogflow.analytics.adapter.persistence;

/**
 * The visits of the raw events between two instants (parameters 1 and 2), shared by the rollups and the dashboard
 * reads: {@code s} is every event with its visit number, {@code visits} one row per visit. A visit ends after 30
 * minutes without an event; it is a bounce with one page view and no interactive event (not pageview, not
 * engagement) — the same rules as {@code Visits} and {@code Visit} in the domain.
 */
final class VisitSql {

    static final String VISITS = """
            WITH e AS (
                SELECT occurred_at, visitor_id, name, post_id, engaged_ms, scroll_depth,
                       CASE WHEN occurred_at - lag(occurred_at) OVER (PARTITION BY visitor_id ORDER BY occurred_at)
                                 <= interval '30 minutes' THEN 0 ELSE 1 END AS starts
                FROM analytics_events WHERE occurred_at >= ? AND occurred_at < ?),
            s AS (
                SELECT *, sum(starts) OVER (PARTITION BY visitor_id ORDER BY occurred_at
                                            ROWS UNBOUNDED PRECEDING) AS visit
                FROM e),
            visits AS (
                SELECT (array_agg(post_id ORDER BY occurred_at) FILTER (WHERE name = 'pageview'))[1] AS entry_post,
                       count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                       count(*) FILTER (WHERE name NOT IN ('pageview', 'engagement')) AS interactions,
                       (extract(epoch FROM max(occurred_at) - min(occurred_at)) * 1000)::bigint AS duration_ms
                FROM s GROUP BY visitor_id, visit)""";

    private VisitSql() {
    }
}
