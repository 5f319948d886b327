package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Point;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Realtime;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Row;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Rows;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Totals;
import io.blogflow.analytics.application.port.out.PostAccess;
import io.blogflow.analytics.domain.AnalyticsPostNotFoundException;
import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.ReportPeriod;
import io.blogflow.analytics.domain.TimeBucket;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard's figures, with the access rule applied before anything is read. */
public final class AnalyticsDashboardService implements AnalyticsDashboardUseCase {

    public static final Duration REALTIME_WINDOW = Duration.ofMinutes(5);
    private static final int TOP_POSTS = 10;

    private final AnalyticsReadModel reads;
    private final PostAccess access;
    private final Clock clock;

    public AnalyticsDashboardService(AnalyticsReadModel reads, PostAccess access, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Summary summary(Actor actor, ReportPeriod period, Optional<UUID> post) {
        check(actor, post);
        return summaryOf(period, post);
    }

    @Override
    public List<Point> timeseries(Actor actor, ReportPeriod period, Optional<UUID> post, TimeBucket bucket) {
        check(actor, post);
        Map<Instant, Point> found = reads.timeseries(period.start(), period.end(), post, bucket, period.zone())
                .stream().collect(Collectors.toMap(Point::start, Function.identity(), (a, b) -> a));
        return bucket.starts(period.start(), period.end(), period.zone()).stream()
                .map(start -> found.getOrDefault(start, new Point(start, 0, 0))).toList();
    }

    @Override
    public Page<Row> breakdown(Actor actor, ReportPeriod period, Optional<UUID> post, Dimension dimension,
                               PageRequest page) {
        check(actor, post);
        Rows rows = reads.breakdown(period.start(), period.end(), post, dimension, (int) page.offset(), page.size());
        return new Page<>(rows.rows(), page.page(), page.size(), rows.total());
    }

    @Override
    public Realtime realtime(Actor actor) {
        check(actor, Optional.empty());
        Instant now = clock.instant();
        return reads.realtime(now.minus(REALTIME_WINDOW), now, TOP_POSTS);
    }

    @Override
    public PostAnalytics post(Actor actor, UUID post, ReportPeriod period) {
        check(actor, Optional.of(post));
        return new PostAnalytics(post, reads.postTotals(post), summaryOf(period, Optional.of(post)));
    }

    private Summary summaryOf(ReportPeriod period, Optional<UUID> post) {
        ReportPeriod previous = period.previous();
        return new Summary(period, figures(reads.totals(period.start(), period.end(), post)),
                figures(reads.totals(previous.start(), previous.end(), post)));
    }

    private void check(Actor actor, Optional<UUID> post) {
        if (post.isPresent()) {
            if (!access.mayView(post.get(), actor)) {
                throw new AnalyticsPostNotFoundException(post.get());
            }
            return;
        }
        if (!actor.managesAllContent()) {
            throw new NotAllowedException("Only editors and admins see the whole site's analytics; ask for one of your posts (post=…).");
        }
    }

    static Figures figures(Totals totals) {
        long visits = totals.visits();
        return new Figures(totals.visitors(), totals.pageviews(), visits,
                visits == 0 ? 0 : round((double) totals.pageviews() / visits),
                visits == 0 ? 0 : round((double) totals.bounces() / visits),
                visits == 0 ? 0 : totals.visitDurationMs() / visits,
                totals.pageviews() == 0 ? 0 : totals.engagedMs() / totals.pageviews());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
