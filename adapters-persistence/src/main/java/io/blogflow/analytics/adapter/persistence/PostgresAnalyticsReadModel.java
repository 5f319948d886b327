package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.AnalyticsReadModel;
import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.TimeBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Dashboard reads over the raw events (BRIN-pruned by time, so events not rolled up yet are included), with the
 * visit and bounce rules of {@link VisitSql}; a post's all-time figures from {@code post_analytics}.
 */
@ApplicationScoped
public class PostgresAnalyticsReadModel implements AnalyticsReadModel {

    private static final Map<Dimension, String> COLUMNS = new EnumMap<>(Map.of(
            Dimension.POSTS, "post_id::text", Dimension.SOURCES, "source", Dimension.REFERRERS, "referrer_host",
            Dimension.COUNTRIES, "country", Dimension.DEVICES, "device", Dimension.BROWSERS, "browser",
            Dimension.OS, "os", Dimension.EVENTS, "name"));

    private static final String TOTALS = VisitSql.VISITS + """
            ,
            f AS (SELECT * FROM s WHERE ?::uuid IS NULL OR post_id = ?::uuid)
            SELECT (SELECT count(DISTINCT visitor_id) FROM f) AS visitors,
                   (SELECT count(*) FROM f WHERE name = 'pageview') AS pageviews,
                   (SELECT coalesce(sum(engaged_ms), 0) FROM f) AS engaged_ms,
                   count(*) AS visits,
                   count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces,
                   coalesce(sum(duration_ms), 0) AS duration_ms
            FROM visits WHERE pageviews > 0 AND (?::uuid IS NULL OR entry_post = ?::uuid)
            """;

    private final EntityManager em;

    public PostgresAnalyticsReadModel(EntityManager em) {
        this.em = em;
    }

    @Override
    public Totals totals(Instant from, Instant to, Optional<UUID> post) {
        UUID id = post.orElse(null);
        return query(TOTALS, rows -> {
            rows.next();
            return new Totals(rows.getLong("visitors"), rows.getLong("pageviews"), rows.getLong("visits"),
                    rows.getLong("bounces"), rows.getLong("duration_ms"), rows.getLong("engaged_ms"));
        }, utc(from), utc(to), id, id, id, id);
    }

    @Override
    public List<Point> timeseries(Instant from, Instant to, Optional<UUID> post, TimeBucket bucket, ZoneId zone) {
        UUID id = post.orElse(null);
        return query("""
                SELECT date_trunc(?, occurred_at, ?) AS bucket, count(DISTINCT visitor_id) AS visitors,
                       count(*) FILTER (WHERE name = 'pageview') AS pageviews
                FROM analytics_events
                WHERE occurred_at >= ? AND occurred_at < ? AND (?::uuid IS NULL OR post_id = ?::uuid)
                GROUP BY 1 ORDER BY 1""", rows -> {
            List<Point> points = new ArrayList<>();
            while (rows.next()) {
                points.add(new Point(rows.getObject("bucket", OffsetDateTime.class).toInstant(),
                        rows.getLong("visitors"), rows.getLong("pageviews")));
            }
            return points;
        }, bucket.code(), zone.getId(), utc(from), utc(to), id, id);
    }

    @Override
    public Rows breakdown(Instant from, Instant to, Optional<UUID> post, Dimension dimension, int offset,
                          int limit) {
        UUID id = post.orElse(null);
        String column = COLUMNS.get(dimension);
        String onlyPosts = dimension == Dimension.POSTS ? " AND post_id IS NOT NULL" : "";
        return query("SELECT " + column + " AS value, count(DISTINCT visitor_id) AS visitors, "
                + "count(*) FILTER (WHERE name = 'pageview') AS pageviews, count(*) AS events, "
                + "count(*) OVER () AS total FROM analytics_events "
                + "WHERE occurred_at >= ? AND occurred_at < ? AND (?::uuid IS NULL OR post_id = ?::uuid)" + onlyPosts
                + " GROUP BY 1 ORDER BY visitors DESC, events DESC, value NULLS LAST LIMIT ? OFFSET ?", rows -> {
            List<Row> found = new ArrayList<>();
            long total = 0;
            while (rows.next()) {
                found.add(row(rows));
                total = rows.getLong("total");
            }
            return new Rows(found, total);
        }, utc(from), utc(to), id, id, limit, offset);
    }

    @Override
    public Realtime realtime(Instant since, Instant now, int topPosts) {
        long visitors = query("SELECT count(DISTINCT visitor_id) FROM analytics_events WHERE occurred_at >= ?",
                rows -> {
                    rows.next();
                    return rows.getLong(1);
                }, utc(since));
        Rows top = breakdown(since, now.plusSeconds(60), Optional.empty(), Dimension.POSTS, 0,
                topPosts);
        return new Realtime(visitors, top.rows());
    }

    @Override
    public Optional<PostTotals> postTotals(UUID post) {
        return query("SELECT views, visitors, avg_time_ms, bounce_rate, last_calculated_at FROM post_analytics "
                + "WHERE post_id = ?", rows -> rows.next()
                ? Optional.of(new PostTotals(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                        rows.getObject(4, BigDecimal.class).doubleValue(),
                        rows.getObject(5, OffsetDateTime.class).toInstant()))
                : Optional.<PostTotals>empty(), post);
    }

    private static Row row(ResultSet rows) throws SQLException {
        return new Row(rows.getString("value"), rows.getLong("visitors"), rows.getLong("pageviews"),
                rows.getLong("events"));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Reader<T> reader, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return PostgresRollups.utc(instant);
    }
}
