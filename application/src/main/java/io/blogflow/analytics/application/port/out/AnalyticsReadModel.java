package io.blogflow.analytics.application.port.out;

import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.TimeBucket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the figures dashboards show: from the rollups for the rolled whole UTC days of a period, from the raw
 * events for the rest (events not yet rolled up included).
 */
public interface AnalyticsReadModel {

    /** Totals of a scope (visits and bounces of posts: those entering on them). */
    Totals totals(Scope scope);

    /** Totals of each scope, in their order: one read where the adapter can (a period and the one before). */
    default List<Totals> totals(List<Scope> scopes) {
        return scopes.stream().map(this::totals).toList();
    }

    /** Page views and visitors per bucket; buckets without events may be missing. */
    List<Point> timeseries(Scope scope, TimeBucket bucket, ZoneId zone);

    /** One page of a breakdown, most visitors first, and how many values there are in all. */
    Rows breakdown(Scope scope, Dimension dimension, int offset, int limit);

    /** Visitors since an instant and the posts with most page views since then, of the posts given or the site. */
    Realtime realtime(Instant since, Optional<Set<UUID>> posts, int topPosts);

    /** A post's all-time figures as last calculated from the rollups. */
    Optional<PostTotals> postTotals(UUID post);

    /**
     * What a read covers.
     *
     * @param posts   the posts, or empty for the whole site (an empty set: nothing)
     * @param source  only visits that came from this source
     * @param country only visitors from this country
     * @param device  only visitors with this device class
     */
    record Scope(Instant from, Instant to, Optional<Set<UUID>> posts, Optional<String> source,
                 Optional<String> country, Optional<String> device) {

        public static Scope site(Instant from, Instant to) {
            return new Scope(from, to, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Whether visits are filtered by something only the raw events have. */
        public boolean filtersVisits() {
            return source.isPresent() || country.isPresent() || device.isPresent();
        }

        public Scope during(Instant start, Instant end) {
            return new Scope(start, end, posts, source, country, device);
        }
    }

    record Totals(long visitors, long pageviews, long visits, long bounces, long visitDurationMs, long engagedMs) {

        public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0);

        public Totals plus(Totals other) {
            return new Totals(visitors + other.visitors, pageviews + other.pageviews, visits + other.visits,
                    bounces + other.bounces, visitDurationMs + other.visitDurationMs, engagedMs + other.engagedMs);
        }
    }

    record Point(Instant start, long visitors, long pageviews) {
    }

    /** @param value the dimension's value, null for none (a direct visit, an unknown country) */
    record Row(String value, long visitors, long pageviews, long events) {
    }

    record Rows(List<Row> rows, long total) {
    }

    record Realtime(long visitors, List<Row> topPosts) {
    }

    record PostTotals(long views, long visitors, long avgTimeMs, double bounceRate, Instant lastCalculatedAt) {
    }
}
