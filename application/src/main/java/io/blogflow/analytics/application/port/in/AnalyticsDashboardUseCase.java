package io.blogflow.analytics.application.port.in;

import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Point;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.PostTotals;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Realtime;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Row;
import io.blogflow.analytics.domain.AnalyticsFilter;
import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.ReportPeriod;
import io.blogflow.analytics.domain.TimeBucket;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the analytics dashboard reads. Editors and admins see the whole site; authors only their own posts: every
 * read of theirs is narrowed to the posts they wrote (another's post asked by id: 404).
 */
public interface AnalyticsDashboardUseCase {

    Summary summary(Actor actor, ReportPeriod period, AnalyticsFilter filter);

    List<Point> timeseries(Actor actor, ReportPeriod period, AnalyticsFilter filter, TimeBucket bucket);

    Page<Row> breakdown(Actor actor, ReportPeriod period, AnalyticsFilter filter, Dimension dimension,
                        PageRequest page);

    Realtime realtime(Actor actor);

    PostAnalytics post(Actor actor, UUID post, ReportPeriod period);

    /** A period's figures beside the previous period's. */
    record Summary(ReportPeriod period, Figures current, Figures previous) {
    }

    /**
     * @param bounceRate       bounces / visits, 0–1
     * @param visitDurationMs  average visit length
     * @param engagedMs        average engaged time per page view
     */
    record Figures(long visitors, long pageviews, long visits, double viewsPerVisit, double bounceRate,
                   long visitDurationMs, long engagedMs) {
    }

    /** A post's all-time figures (from post_analytics, empty when never calculated) and the period's. */
    record PostAnalytics(UUID post, Optional<PostTotals> allTime, Summary period) {
    }
}
