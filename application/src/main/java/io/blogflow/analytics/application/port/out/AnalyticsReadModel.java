package io.blogflow.analytics.application.port.out;

import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.TimeBucket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the figures dashboards show, from stored analytics (events not yet rolled up included). */
public interface AnalyticsReadModel {

    /** Totals between two instants, for the whole site or one post (visits and bounces: those entering on it). */
    Totals totals(Instant from, Instant to, Optional<UUID> post);

    /** Page views and visitors per bucket; buckets without events may be missing. */
    List<Point> timeseries(Instant from, Instant to, Optional<UUID> post, TimeBucket bucket, ZoneId zone);

    /** One page of a breakdown, most visitors first, and how many values there are in all. */
    Rows breakdown(Instant from, Instant to, Optional<UUID> post, Dimension dimension, int offset, int limit);

    /** Visitors since an instant and the posts with most page views since then. */
    Realtime realtime(Instant since, Instant now, int topPosts);

    /** A post's all-time figures as last calculated from the rollups. */
    Optional<PostTotals> postTotals(UUID post);

    record Totals(long visitors, long pageviews, long visits, long bounces, long visitDurationMs, long engagedMs) {
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
