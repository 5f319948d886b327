package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.adapter.persistence.KeptParts.State;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel;
import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.RolledCoverage;
import io.blogflow.analytics.domain.RolledCoverage.Range;
import io.blogflow.analytics.domain.RolledMonths;
import io.blogflow.analytics.domain.TimeBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.hibernate.Session;

/**
 * Dashboard reads: the rolled whole UTC days of a period from the rollups ({@code analytics_rollups} daily rows for
 * totals, hourly rows for time series, {@code analytics_rollup_values} for breakdowns), today up to its latest rolled
 * hour from its prefix ({@code upto} rows, {@code analytics_prefix_values}) continued by the raw events after it, the
 * rest — period edges in another zone, anything not rolled yet — from the raw events with the visit rules of
 * {@link RawEventsSql}.
 * Visitors of different UTC days add up (a visitor id lives one day). A filter by source, country or device reads
 * the raw events only: the rollups do not keep those combinations. Answers, and the parts read from the rollups,
 * are kept while what they were read from is unchanged ({@link KeptParts}).
 */
@ApplicationScoped
public class PostgresAnalyticsReadModel implements AnalyticsReadModel {

    private final EntityManager em;
    private final KeptParts parts = new KeptParts(State::rollups);
    private final KeptParts answers = new KeptParts(State::rollupsAndEvents);

    public PostgresAnalyticsReadModel(EntityManager em) {
        this.em = em;
    }

    @Override
    public Totals totals(Scope scope) {
        return work(scope, (connection, state) -> totals(connection, state, scope));
    }

    /** The scopes' totals on one connection, the rollups' state read once (they share their filters). */
    @Override
    public List<Totals> totals(List<Scope> scopes) {
        if (scopes.stream().map(Scope::filtersVisits).distinct().count() != 1) {
            return AnalyticsReadModel.super.totals(scopes);
        }
        return work(scopes.get(0), (connection, state) -> {
            List<Totals> totals = new ArrayList<>();
            for (Scope scope : scopes) {
                totals.add(totals(connection, state, scope));
            }
            return totals;
        });
    }

    private Totals totals(Connection connection, State state, Scope scope) throws SQLException {
        return answer(connection, state, scope, List.of(Read.TOTALS, scope), totals -> 0,
                c -> totalsRead(c, state, scope));
    }

    private Totals totalsRead(Connection connection, State state, Scope scope) throws SQLException {
        Rolled<Totals> rolled = rolled(connection, state, scope, List.of(Read.TOTALS, scope), c -> {
            RolledCoverage coverage = coverage(c, scope, Read.TOTALS);
            return new Rolled<>(coverage, rolledTotals(c, scope, "upto", coverage.prefixes())
                    .plus(rolledTotals(c, scope, "hour", coverage.hours()))
                    .plus(rolledTotals(c, scope, "day", coverage.days())), 0);
        });
        RolledCoverage coverage = rolled.coverage();
        Totals totals = rolled.figures();
        if (coverage.continued().isPresent()) {
            totals = totals.plus(continuedTotals(connection, scope, coverage.continued().get()));
        }
        if (!coverage.raw().isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            String ctes = rawCtes(coverage, scope, parameters);
            String events = postCondition(connection, scope, "post_id", parameters, false);
            String visits = postCondition(connection, scope, "entry_post", parameters, false);
            totals = totals.plus(read(connection, ctes + """
                    SELECT f.visitors, f.pageviews, v.visits, v.bounces, v.duration_ms, f.engaged_ms
                    FROM (SELECT count(DISTINCT visitor_id) AS visitors,
                                 count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                                 coalesce(sum(engaged_ms), 0) AS engaged_ms
                          FROM s WHERE TRUE""" + events + """
                    ) f,
                         (SELECT count(*) AS visits,
                                 count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces,
                                 coalesce(sum(duration_ms), 0) AS duration_ms
                          FROM visits WHERE pageviews > 0""" + visits + ") v", parameters,
                    PostgresAnalyticsReadModel::totalsOf));
        }
        return totals;
    }

    /**
     * What a read takes from the rollups — its coverage and the figures of its rolled parts — kept while the
     * rollups are unchanged ({@link KeptParts}); read each time for a scope the rollups cannot answer.
     */
    private <T> Rolled<T> rolled(Connection connection, State state, Scope scope, Object key,
                                 KeptParts.Read<Rolled<T>> read) throws SQLException {
        return scope.filtersVisits() ? read.apply(connection) : parts.get(connection, state, key, read);
    }

    /** A read's coverage and the figures of its rolled parts (holding {@code rows} rows). */
    private record Rolled<T>(RolledCoverage coverage, T figures, int rows) implements KeptParts.Weighed {
    }

    /**
     * A whole answer, kept while neither the rollups nor the raw events change ({@link KeptParts}): on a site
     * whose events arrive every second, read again once per flush of the event buffer rather than per request (its
     * rolled parts are kept longer, above). Read each time for a scope only the raw events can answer.
     */
    private <T> T answer(Connection connection, State state, Scope scope, Object key, ToIntFunction<T> rows,
                         Jdbc<T> read) throws SQLException {
        if (scope.filtersVisits()) {
            return read.apply(connection);
        }
        return answers.get(connection, state, key, c -> {
            T value = read.apply(c);
            return new Answer<>(value, rows.applyAsInt(value));
        }).value();
    }

    /** A whole answer (holding {@code rows} rows). */
    private record Answer<T>(T value, int rows) implements KeptParts.Weighed {
    }

    /**
     * The sums of rollup rows of a granularity at these buckets (days: as ranges of consecutive days); none without
     * buckets.
     */
    private static Totals rolledTotals(Connection connection, Scope scope, String granularity, List<Instant> buckets)
            throws SQLException {
        if (buckets.isEmpty()) {
            return Totals.ZERO;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(granularity);
        String condition;
        if (granularity.equals("day")) {
            condition = dayRanges("bucket_start", buckets, parameters);
        } else {
            parameters.add(connection.createArrayOf("timestamptz", buckets.stream()
                    .map(PostgresAnalyticsReadModel::utc).toArray()));
            condition = " AND bucket_start = ANY (?)";
        }
        String posts = postCondition(connection, scope, "post_id", parameters, true);
        return read(connection, """
                SELECT coalesce(sum(visitors), 0), coalesce(sum(pageviews), 0), coalesce(sum(sessions), 0),
                       coalesce(sum(bounces), 0), coalesce(sum(duration_ms), 0), coalesce(sum(engaged_ms), 0)
                FROM analytics_rollups WHERE granularity = ?""" + condition + posts, parameters,
                PostgresAnalyticsReadModel::totalsOf);
    }

    /**
     * The raw events after today's latest prefix, continuing it exactly: a visitor counts only when not among the
     * day's visitors so far (per post for posts); a visit whose first event comes within 30 minutes of the visitor's
     * last one before the prefix's end continues the visit open there — it is counted merged (page views,
     * interactions, its start, its entry post), and the open visit as the prefix counted it is taken back.
     */
    private static Totals continuedTotals(Connection connection, Scope scope, Range tail) throws SQLException {
        RawEventsSql raw = RawEventsSql.of(tail);
        OffsetDateTime day = utc(tail.from().truncatedTo(ChronoUnit.DAYS));
        List<Object> parameters = new ArrayList<>(raw.parameters());
        parameters.add(day);
        parameters.add(day);
        String seen = newVisitor(scope);
        String visitor = scope.posts().isPresent() ? "(visitor_id, post_id)" : "visitor_id";
        String events = postCondition(connection, scope, "post_id", parameters, false);
        String visits = postCondition(connection, scope, "entry_post", parameters, false);
        return read(connection, raw.ctes() + RawEventsSql.CONTINUED_VISITS + RawEventsSql.VISIT_CHANGES + """
                SELECT f.visitors, f.pageviews, v.visits, v.bounces, v.duration_ms, f.engaged_ms
                FROM (SELECT count(DISTINCT""" + " " + visitor + """
                              ) FILTER (WHERE fresh) AS visitors,
                             count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                             coalesce(sum(engaged_ms), 0) AS engaged_ms
                      FROM (SELECT *,""" + " " + seen + """
                             AS fresh FROM s) n WHERE TRUE""" + events + """
                ) f,
                     (SELECT coalesce(sum(sign) FILTER (WHERE pageviews > 0), 0) AS visits,
                             coalesce(sum(sign) FILTER (WHERE pageviews = 1 AND interactions = 0), 0) AS bounces,
                             coalesce(sum(sign * duration_ms) FILTER (WHERE pageviews > 0), 0) AS duration_ms
                      FROM d WHERE TRUE""" + visits + ") v", parameters, PostgresAnalyticsReadModel::totalsOf);
    }

    /**
     * Whether an event of {@code s} is by a visitor the day had not seen before today's latest prefix (for posts:
     * not on that post); one parameter, the day.
     */
    private static String newVisitor(Scope scope) {
        return "NOT EXISTS (SELECT 1 FROM analytics_day_visitors x WHERE x.day = ? AND x.visitor_id = s.visitor_id AND "
                + (scope.posts().isPresent() ? "x.post_id = s.post_id" : "x.post_id IS NULL") + ")";
    }

    @Override
    public List<Point> timeseries(Scope scope, TimeBucket bucket, ZoneId zone) {
        return work(scope, (connection, state) -> answer(connection, state, scope,
                List.of(Read.HOURLY, scope, bucket, zone), List::size,
                c -> timeseriesRead(c, state, scope, bucket, zone)));
    }

    private List<Point> timeseriesRead(Connection connection, State state, Scope scope, TimeBucket bucket, ZoneId zone)
            throws SQLException {
        Rolled<List<Point>> rolled = rolled(connection, state, scope, List.of(Read.HOURLY, scope, bucket, zone),
                c -> {
                    RolledCoverage coverage = coverage(c, scope, Read.HOURLY);
                    if (coverage.continued().isPresent() && bucket == TimeBucket.HOUR) {
                        // an hour's visitors are its own: the raw events after the prefix are read like any other
                        List<Range> raw = new ArrayList<>(coverage.raw());
                        raw.add(coverage.continued().get());
                        coverage = new RolledCoverage(coverage.days(), coverage.prefixes(), Optional.empty(),
                                raw);
                    }
                    List<Point> points = rolledPoints(c, scope, coverage, bucket, zone);
                    return new Rolled<>(coverage, points, points.size());
                });
        RolledCoverage coverage = rolled.coverage();
        List<Point> points = new ArrayList<>(rolled.figures());
        if (coverage.continued().isPresent()) {
            points.addAll(continuedPoints(connection, scope, coverage.continued().get(), bucket, zone));
        }
        points.addAll(rawPoints(connection, scope, coverage, bucket, zone));
        Map<Instant, Point> byBucket = new TreeMap<>();
        points.forEach(point -> byBucket.merge(point.start(), point, (a, b) -> new Point(a.start(),
                a.visitors() + b.visitors(), a.pageviews() + b.pageviews())));
        return List.copyOf(byBucket.values());
    }

    /**
     * Page views of the raw events after today's latest prefix per bucket, and the visitors the day had not seen
     * before, each in the bucket of their first event (as the rolled hours' first-seen visitors).
     */
    private static List<Point> continuedPoints(Connection connection, Scope scope, Range tail, TimeBucket bucket,
                                               ZoneId zone) throws SQLException {
        RawEventsSql raw = RawEventsSql.of(tail);
        List<Object> parameters = new ArrayList<>(raw.parameters());
        parameters.add(bucket.code());
        parameters.add(zone.getId());
        String events = postCondition(connection, scope, "post_id", parameters, false);
        parameters.add(bucket.code());
        parameters.add(zone.getId());
        parameters.add(utc(tail.from().truncatedTo(ChronoUnit.DAYS)));
        String firsts = postCondition(connection, scope, "post_id", parameters, false);
        String visitor = scope.posts().isPresent() ? "visitor_id, post_id" : "visitor_id";
        return read(connection, raw.ctes() + "SELECT bucket, sum(visitors) AS visitors, sum(pageviews) AS pageviews "
                + "FROM (SELECT date_trunc(?, occurred_at, ?) AS bucket, 0 AS visitors, "
                + "count(*) FILTER (WHERE name = 'pageview') AS pageviews FROM s WHERE TRUE" + events + " GROUP BY 1 "
                + "UNION ALL SELECT date_trunc(?, first_at, ?), count(*), 0 FROM (SELECT min(occurred_at) AS first_at "
                + "FROM s WHERE " + newVisitor(scope) + firsts + " GROUP BY " + visitor + ") n GROUP BY 1) p "
                + "GROUP BY 1", parameters, PostgresAnalyticsReadModel::pointsOf);
    }

    /** Visitors and page views per bucket of the raw ranges. */
    private static List<Point> rawPoints(Connection connection, Scope scope, RolledCoverage coverage,
                                         TimeBucket bucket, ZoneId zone) throws SQLException {
        if (coverage.raw().isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String ctes = rawCtes(coverage, scope, parameters);
        parameters.add(bucket.code());
        parameters.add(zone.getId());
        return read(connection, ctes + "SELECT date_trunc(?, occurred_at, ?) AS bucket, "
                + "count(DISTINCT visitor_id) AS visitors, count(*) FILTER (WHERE name = 'pageview') AS pageviews "
                + "FROM s WHERE TRUE" + postCondition(connection, scope, "post_id", parameters, false)
                + " GROUP BY 1", parameters, PostgresAnalyticsReadModel::pointsOf);
    }

    /** Visitors and page views per bucket of the rolled days' and prefixes' hourly rollups. */
    private static List<Point> rolledPoints(Connection connection, Scope scope, RolledCoverage coverage,
                                            TimeBucket bucket, ZoneId zone) throws SQLException {
        if (coverage.days().isEmpty() && coverage.prefixes().isEmpty()) {
            return List.of();
        }
        // visitors of an hour; for longer buckets each day's visitor counts in the hour first seen
        String visitors = bucket == TimeBucket.HOUR ? "visitors" : "first_visitors";
        List<Object> parameters = new ArrayList<>();
        parameters.add(bucket.code());
        parameters.add(zone.getId());
        parameters.add(utc(scope.from()));
        parameters.add(utc(scope.to()));
        String days = ranges("bucket_start", rolledHours(coverage), parameters);
        return read(connection, "SELECT date_trunc(?, bucket_start, ?) AS bucket, sum(" + visitors
                + ") AS visitors, sum(pageviews) AS pageviews FROM analytics_rollups WHERE granularity = 'hour' "
                + "AND bucket_start >= ? AND bucket_start < ?" + days
                + postCondition(connection, scope, "post_id", parameters, true) + " GROUP BY 1",
                parameters, PostgresAnalyticsReadModel::pointsOf);
    }

    private static List<Point> pointsOf(ResultSet rows) throws SQLException {
        List<Point> points = new ArrayList<>();
        while (rows.next()) {
            points.add(new Point(rows.getObject("bucket", OffsetDateTime.class).toInstant(),
                    rows.getLong("visitors"), rows.getLong("pageviews")));
        }
        return points;
    }

    /** The hours read from the hourly rollups: the rolled days' and those of the prefixes' days up to their end. */
    private static List<Range> rolledHours(RolledCoverage coverage) {
        List<Range> hours = new ArrayList<>();
        coverage.days().forEach(day -> hours.add(new Range(day, day.plus(1, ChronoUnit.DAYS))));
        coverage.prefixes().forEach(end -> hours.add(new Range(end.minusNanos(1).truncatedTo(ChronoUnit.DAYS), end)));
        hours.sort(java.util.Comparator.comparing(Range::from));
        return hours;
    }

    @Override
    public Rows breakdown(Scope scope, Dimension dimension, int offset, int limit) {
        return work(scope, (connection, state) -> answer(connection, state, scope,
                List.of(Read.BREAKDOWN, scope, dimension, offset, limit), rows -> rows.rows().size(), c -> {
                    Rolled<List<Row>> rolled = rolled(c, state, scope, List.of(Read.BREAKDOWN, scope, dimension),
                            r -> {
                                RolledCoverage coverage = coverage(r, scope, Read.BREAKDOWN);
                                List<Row> rows = rolledRows(r, coverage, scope, dimension);
                                return new Rolled<>(coverage, rows, rows.size());
                            });
                    return breakdown(c, rolled.coverage(), rolled.figures(), scope, dimension, offset, limit);
                }));
    }

    /**
     * A breakdown's values summed over the rolled parts: whole rolled months from the month rows, the other rolled
     * days from the day rows, the day prefix from its values; one part per run of adjoining months or days, so each
     * is an index range (ranges joined by OR were a filter over every row of the dimension).
     */
    private List<Row> rolledRows(Connection connection, RolledCoverage coverage, Scope scope, Dimension dimension)
            throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        RolledMonths rolled = RolledMonths.of(coverage.days(), monthsRolled(connection, coverage.days()));
        for (Range run : runs(rolled.months(), PostgresAnalyticsReadModel::utcMonthAfter)) {
            parts.add(rolledValues(connection, scope, dimension, "analytics_rollup_month_values",
                    range("month", run.from(), run.to(), parameters), parameters));
        }
        for (Range run : runs(rolled.days(), PostgresAnalyticsReadModel::dayAfter)) {
            parts.add(rolledValues(connection, scope, dimension, "analytics_rollup_values",
                    range("day", run.from(), run.to(), parameters), parameters));
        }
        for (Instant prefix : coverage.prefixes()) {
            parameters.add(utc(prefix));
            parts.add(rolledValues(connection, scope, dimension, "analytics_prefix_values", "upto = ?",
                    parameters));
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return read(connection, "SELECT value, sum(visitors) AS visitors, sum(pageviews) AS pageviews, "
                + "sum(events) AS events FROM (" + String.join(" UNION ALL ", parts) + ") p GROUP BY value",
                parameters, PostgresAnalyticsReadModel::rowsOf);
    }

    /**
     * One page of a breakdown: the rolled parts' values (summed already) with those of the raw ranges and today's
     * continued tail, ordered by the database as one set.
     */
    private Rows breakdown(Connection connection, RolledCoverage coverage, List<Row> rolled, Scope scope,
                           Dimension dimension, int offset, int limit) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String ctes = rawCtes(coverage, scope, parameters);
        if (!coverage.raw().isEmpty()) {
            parts.add("SELECT v AS value, count(DISTINCT visitor_id) AS visitors, sum(pv) AS pageviews, "
                    + "sum(ev) AS events FROM (" + RawEventsSql.rows(dimension) + ") r WHERE TRUE"
                    + postCondition(connection, scope, "post_id", parameters, false) + " GROUP BY 1");
        }
        if (!rolled.isEmpty()) {
            parameters.add(connection.createArrayOf("text", rolled.stream().map(Row::value).toArray()));
            parameters.add(connection.createArrayOf("int8", rolled.stream().map(Row::visitors).toArray()));
            parameters.add(connection.createArrayOf("int8", rolled.stream().map(Row::pageviews).toArray()));
            parameters.add(connection.createArrayOf("int8", rolled.stream().map(Row::events).toArray()));
            parts.add("SELECT * FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::bigint[]) "
                    + "AS r(value, visitors, pageviews, events)");
        }
        if (coverage.continued().isPresent()) {
            parts.add(continuedValues(connection, scope, dimension, coverage.continued().get(), parameters));
        }
        if (parts.isEmpty()) {
            return new Rows(List.of(), 0);
        }
        parameters.add(limit);
        parameters.add(offset);
        return read(connection, ctes + "SELECT value, sum(visitors) AS visitors, sum(pageviews) AS pageviews, "
                + "sum(events) AS events, count(*) OVER () AS total FROM (" + String.join(" UNION ALL ", parts)
                + ") p GROUP BY value ORDER BY visitors DESC, events DESC, value NULLS LAST LIMIT ? OFFSET ?",
                parameters, rows -> {
                    List<Row> found = new ArrayList<>();
                    long total = 0;
                    while (rows.next()) {
                        found.add(rowOf(rows));
                        total = rows.getLong("total");
                    }
                    return new Rows(List.copyOf(found), total); // kept and shared: unmodifiable
                });
    }

    private static List<Row> rowsOf(ResultSet rows) throws SQLException {
        List<Row> found = new ArrayList<>();
        while (rows.next()) {
            found.add(rowOf(rows));
        }
        return found;
    }

    private static Row rowOf(ResultSet rows) throws SQLException {
        return new Row(rows.getString("value"), rows.getLong("visitors"), rows.getLong("pageviews"),
                rows.getLong("events"));
    }

    @Override
    public Realtime realtime(Instant since, Optional<Set<UUID>> posts, int topPosts) {
        Instant until = since.plus(1, ChronoUnit.DAYS);
        Scope scope = new Scope(since, until, posts, Optional.empty(), Optional.empty(), Optional.empty());
        return work(scope, connection -> {
            List<Object> parameters = new ArrayList<>();
            parameters.add(utc(since));
            long visitors = read(connection, "SELECT count(DISTINCT visitor_id) FROM analytics_events "
                    + "WHERE occurred_at >= ?" + postCondition(connection, scope, "post_id", parameters, false),
                    parameters, rows -> {
                        rows.next();
                        return rows.getLong(1);
                    });
            Rows top = breakdown(connection, RolledCoverage.raw(since, until), List.of(), scope, Dimension.POSTS, 0,
                    topPosts);
            return new Realtime(visitors, top.rows());
        });
    }

    @Override
    public Optional<PostTotals> postTotals(UUID post) {
        return work(connection -> read(connection, "SELECT views, visitors, avg_time_ms, bounce_rate, "
                + "last_calculated_at FROM post_analytics WHERE post_id = ?", List.of(post), rows -> rows.next()
                ? Optional.of(new PostTotals(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                        rows.getObject(4, BigDecimal.class).doubleValue(),
                        rows.getObject(5, OffsetDateTime.class).toInstant()))
                : Optional.<PostTotals>empty()));
    }

    private enum Read { TOTALS, HOURLY, BREAKDOWN }

    /**
     * Rolled days (and for totals and hourly reads, day prefixes) from the rollups unless the scope filters what
     * only raw events have.
     */
    private static RolledCoverage coverage(Connection connection, Scope scope, Read read) throws SQLException {
        if (scope.filtersVisits()) {
            return RolledCoverage.raw(scope.from(), scope.to());
        }
        SortedSet<Instant> rolled = new TreeSet<>();
        SortedSet<Instant> prefixes = new TreeSet<>();
        // the period's first hour, if rolled: a start edge of one hour is read from its rollup
        SortedSet<Instant> hours = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT granularity, bucket_start FROM "
                + "analytics_rollup_windows WHERE (granularity IN ('day', 'upto') AND bucket_start >= ? "
                + "AND bucket_start < ?) OR (granularity = 'hour' AND bucket_start = ?)")) {
            Instant firstDay = scope.from().truncatedTo(ChronoUnit.DAYS);
            statement.setObject(1, utc(firstDay));
            // the whole last day: whether a prefix is that day's latest decides whether it can be continued
            statement.setObject(2, utc(scope.to().minusNanos(1).truncatedTo(ChronoUnit.DAYS)
                    .plus(1, ChronoUnit.DAYS)));
            statement.setObject(3, utc(scope.from()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant start = rows.getObject(2, OffsetDateTime.class).toInstant();
                    switch (rows.getString(1)) {
                        case "day" -> rolled.add(start);
                        case "hour" -> hours.add(start);
                        default -> prefixes.add(start);
                    }
                }
            }
        }
        return switch (read) {
            case TOTALS -> RolledCoverage.of(scope.from(), scope.to(), rolled, prefixes).withRolledHours(hours);
            case HOURLY -> RolledCoverage.touching(scope.from(), scope.to(), rolled, prefixes);
            case BREAKDOWN -> RolledCoverage.of(scope.from(), scope.to(), rolled, prefixWithValues(connection,
                    scope.to().minusNanos(1).truncatedTo(ChronoUnit.DAYS)));
        };
    }

    /**
     * The day's prefix whose breakdown values are kept (its latest, rolled with the day's visitors), if any: the
     * only one a breakdown can read and continue.
     */
    private static SortedSet<Instant> prefixWithValues(Connection connection, Instant day) throws SQLException {
        SortedSet<Instant> found = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT max(upto) FROM analytics_prefix_values WHERE day = ?")) {
            statement.setObject(1, utc(day));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Optional.ofNullable(rows.getObject(1, OffsetDateTime.class))
                        .ifPresent(end -> found.add(end.toInstant()));
            }
        }
        return found;
    }

    /** The UTC months touching these rolled days whose month rows exist ({@code analytics_rollup_months}). */
    private static Set<Instant> monthsRolled(Connection connection, List<Instant> days) throws SQLException {
        if (days.isEmpty()) {
            return Set.of();
        }
        Set<Instant> months = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT month FROM analytics_rollup_months WHERE month >= ? AND month <= ?")) {
            statement.setObject(1, utc(days.get(0).minus(31, ChronoUnit.DAYS)));
            statement.setObject(2, utc(days.get(days.size() - 1)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    months.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
        return months;
    }

    private static Instant dayAfter(Instant day) {
        return day.plus(1, ChronoUnit.DAYS);
    }

    private static Instant utcMonthAfter(Instant month) {
        return month.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
    }

    private static RawEventsSql raw(RolledCoverage coverage, Scope scope) {
        return new RawEventsSql(coverage.raw(), scope.source(), scope.country(), scope.device());
    }

    /** The CTEs of the coverage's raw ranges (their parameters added), or nothing when it has none. */
    private static String rawCtes(RolledCoverage coverage, Scope scope, List<Object> parameters) {
        if (coverage.raw().isEmpty()) {
            return "";
        }
        RawEventsSql raw = raw(coverage, scope);
        parameters.addAll(raw.parameters());
        return raw.ctes();
    }

    /**
     * The condition on a post column for the scope's posts; in the rollups the site's rows are those without a
     * post, and a set of posts adds up its posts' rows (a visitor of two of them on one day counts twice).
     */
    private static String postCondition(Connection connection, Scope scope, String column, List<Object> parameters,
                                        boolean rollups) throws SQLException {
        if (scope.posts().isEmpty()) {
            return rollups ? " AND " + column + " IS NULL" : "";
        }
        parameters.add(connection.createArrayOf("uuid", scope.posts().get().toArray()));
        return " AND " + column + " = ANY (?)";
    }

    /**
     * The rolled days (ascending) as time ranges of a column, one per run of consecutive days — usually one: the
     * index walks a range, where {@code = ANY (365 days)} compared every row with every day.
     */
    static String dayRanges(String column, List<Instant> days, List<Object> parameters) {
        return ranges(column, runs(days, PostgresAnalyticsReadModel::dayAfter), parameters);
    }

    /** Ascending time ranges of a column as a condition, touching ones joined. */
    static String ranges(String column, List<Range> ascending, List<Object> parameters) {
        List<String> ranges = new ArrayList<>();
        for (Range run : joined(ascending)) {
            ranges.add(range(column, run.from(), run.to(), parameters));
        }
        return " AND (" + String.join(" OR ", ranges) + ")";
    }

    /** Buckets (ascending; each ends where {@code next} says) as time ranges, one per run of adjoining buckets. */
    private static List<Range> runs(List<Instant> buckets, UnaryOperator<Instant> next) {
        return joined(buckets.stream().map(bucket -> new Range(bucket, next.apply(bucket))).toList());
    }

    /** Ascending ranges with the touching ones joined. */
    private static List<Range> joined(List<Range> ascending) {
        List<Range> runs = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        for (Range next : ascending) {
            if (next.from().equals(end)) {
                end = next.to();
                continue;
            }
            if (start != null) {
                runs.add(new Range(start, end));
            }
            start = next.from();
            end = next.to();
        }
        if (start != null) {
            runs.add(new Range(start, end));
        }
        return runs;
    }

    /**
     * A breakdown's value rows of a table of rolled values where {@code rolled} holds (a run of rolled days or
     * months, a day prefix; its parameters already added).
     */
    private static String rolledValues(Connection connection, Scope scope, Dimension dimension, String table,
                                       String rolled, List<Object> parameters) throws SQLException {
        parameters.add(dimension.code());
        return "SELECT value, visitors, pageviews, events FROM " + table + " WHERE " + rolled + " AND dimension = ?"
                + postCondition(connection, scope, "post_id", parameters, true);
    }

    /**
     * A breakdown's values in the raw events after today's latest prefix, continuing the prefix's values: a visitor
     * counts for a value only when it had not had that value before the prefix's end (for posts: not on that post;
     * {@code analytics_day_visitors.value_keys}); a visit continuing the one open at the prefix's end is that visit,
     * entered where it entered: counted there already, it adds its page views only; and when it has page views it
     * leaves elsewhere: the open visit is taken back from its exit page (page views, the visit, and the visitor unless
     * another of their visits left there) and counted, with both parts' page views, at its new exit.
     */
    private static String continuedValues(Connection connection, Scope scope, Dimension dimension, Range tail,
                                          List<Object> parameters) throws SQLException {
        RawEventsSql raw = RawEventsSql.of(tail);
        OffsetDateTime day = utc(tail.from().truncatedTo(ChronoUnit.DAYS));
        parameters.add(day);
        parameters.add(dimension.code());
        parameters.addAll(raw.parameters());
        String rows = switch (dimension) {
            case ENTRY_PAGES -> {
                parameters.add(day);
                yield raw.ctes() + RawEventsSql.CONTINUED_VISITS + RawEventsSql.CARRIED
                        + RawEventsSql.CONTINUED_ENTRIES;
            }
            case EXIT_PAGES -> {
                parameters.add(day);
                yield raw.ctes() + RawEventsSql.CONTINUED_VISITS + RawEventsSql.CARRIED + RawEventsSql.CONTINUED_EXITS;
            }
            default -> raw.ctes() + "SELECT *, FALSE AS counted, FALSE AS lost FROM ("
                    + RawEventsSql.rows(dimension) + ") q";
        };
        String visitor = scope.posts().isPresent() ? "(visitor_id, post_id)" : "visitor_id";
        return "SELECT v AS value, count(DISTINCT " + visitor + ") FILTER (WHERE fresh) - count(DISTINCT " + visitor
                + ") FILTER (WHERE lost) AS visitors, "
                + "sum(pv) AS pageviews, sum(ev) AS events FROM (SELECT r.*, NOT counted AND NOT EXISTS (SELECT 1 "
                + "FROM analytics_day_visitors x WHERE x.day = ? AND x.visitor_id = r.visitor_id AND "
                + (scope.posts().isPresent() ? "x.post_id = r.post_id" : "x.post_id IS NULL")
                + " AND x.value_keys @> ARRAY[" + RawEventsSql.valueKey("?::text", "r.v") + "]) AS fresh FROM ("
                + rows + ") r WHERE TRUE" + postCondition(connection, scope, "post_id", parameters, false)
                + ") f GROUP BY 1";
    }

    private static String range(String column, Instant from, Instant to, List<Object> parameters) {
        parameters.add(utc(from));
        parameters.add(utc(to));
        return "(" + column + " >= ? AND " + column + " < ?)";
    }

    private static Totals totalsOf(ResultSet rows) throws SQLException {
        rows.next();
        return new Totals(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                rows.getLong(6));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    private interface Jdbc<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T work(Jdbc<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::apply);
    }

    @FunctionalInterface
    private interface StatedJdbc<T> {
        T apply(Connection connection, State state) throws SQLException;
    }

    /**
     * A read without parallel workers unless it scans the raw events of the whole period (a source, country or
     * device filter): the other reads touch a few hundred rollup rows and the raw events of today at most, for which
     * starting workers costs more than it saves — seconds on a busy machine (measured: 3.5 s of a 4 s summary).
     */
    private <T> T work(Scope scope, Jdbc<T> work) {
        return work(scope, (connection, state) -> work.apply(connection));
    }

    /** As {@link #work(Scope, Jdbc)}, given the database's state (read with the setting, one round trip; none for a scope only the raw events answer). */
    private <T> T work(Scope scope, StatedJdbc<T> work) {
        if (scope.filtersVisits()) {
            return work(connection -> work.apply(connection, null));
        }
        return work(connection -> {
            State state = KeptParts.state(connection, "SET max_parallel_workers_per_gather = 0");
            try {
                return work.apply(connection, state);
            } finally {
                resetParallelWorkers(connection);
            }
        });
    }

    /** The pooled connection gets the server's setting back (a failed transaction undoes the SET by itself). */
    private static void resetParallelWorkers(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET max_parallel_workers_per_gather");
        } catch (SQLException inAbortedTransaction) {
            // rolled back with the transaction, and with it the SET
        }
    }

    private static <T> T read(Connection connection, String sql, List<Object> parameters, Reader<T> reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return PostgresRollups.utc(instant);
    }
}
