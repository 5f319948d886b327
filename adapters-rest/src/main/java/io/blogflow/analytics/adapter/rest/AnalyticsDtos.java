package io.blogflow.analytics.adapter.rest;

import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase.Figures;
import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase.PostAnalytics;
import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase.Summary;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Point;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.PostTotals;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dashboard's response bodies. */
final class AnalyticsDtos {

    private AnalyticsDtos() {
    }

    @Schema(name = "AnalyticsFigures")
    record FiguresResponse(long visitors, long pageviews, long visits, double viewsPerVisit, double bounceRate,
                           long visitDurationMs, long engagedMs) {

        static FiguresResponse of(Figures f) {
            return new FiguresResponse(f.visitors(), f.pageviews(), f.visits(), f.viewsPerVisit(), f.bounceRate(),
                    f.visitDurationMs(), f.engagedMs());
        }
    }

    @Schema(name = "AnalyticsSummary")
    record SummaryResponse(LocalDate from, LocalDate to, String tz, FiguresResponse current,
                           FiguresResponse previous) {

        static SummaryResponse of(Summary summary) {
            return new SummaryResponse(summary.period().from(), summary.period().to(),
                    summary.period().zone().getId(), FiguresResponse.of(summary.current()),
                    FiguresResponse.of(summary.previous()));
        }
    }

    @Schema(name = "AnalyticsPoint")
    record PointResponse(OffsetDateTime start, long visitors, long pageviews) {

        static PointResponse of(Point point, ZoneId zone) {
            return new PointResponse(point.start().atZone(zone).toOffsetDateTime(), point.visitors(),
                    point.pageviews());
        }
    }

    @Schema(name = "AnalyticsRow", description = "One value of a breakdown; value null means none (direct, unknown)")
    record RowResponse(@Schema(nullable = true) String value, long visitors, long pageviews, long events) {

        static RowResponse of(Row row) {
            return new RowResponse(row.value(), row.visitors(), row.pageviews(), row.events());
        }
    }

    /** The JSON of a breakdown page, as documented (the answer is a {@code PageResponse<RowResponse>}). */
    @Schema(name = "AnalyticsRowPage", description = "A page of breakdown rows; Link has the other pages.")
    record RowPage(List<RowResponse> items, int page, int size, long total) {
    }

    @Schema(name = "AnalyticsRealtime")
    record RealtimeResponse(long visitors, List<RowResponse> topPosts) {
    }

    @Schema(name = "PostAllTimeAnalytics")
    record AllTimeResponse(long views, long visitors, long avgTimeMs, double bounceRate, Instant lastCalculatedAt) {

        static AllTimeResponse of(PostTotals totals) {
            return new AllTimeResponse(totals.views(), totals.visitors(), totals.avgTimeMs(), totals.bounceRate(),
                    totals.lastCalculatedAt());
        }
    }

    @Schema(name = "PostAnalytics")
    record PostAnalyticsResponse(UUID postId, AllTimeResponse allTime, SummaryResponse period) {

        static PostAnalyticsResponse of(PostAnalytics found) {
            return new PostAnalyticsResponse(found.post(), found.allTime().map(AllTimeResponse::of).orElse(null),
                    SummaryResponse.of(found.period()));
        }
    }

    /** RFC 4180 CSV with a header line; a value with a comma, quote or line break is quoted. */
    static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder("value,visitors,pageviews,events\r\n");
        for (Row row : rows) {
            csv.append(field(row.value())).append(',').append(row.visitors()).append(',').append(row.pageviews())
                    .append(',').append(row.events()).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
