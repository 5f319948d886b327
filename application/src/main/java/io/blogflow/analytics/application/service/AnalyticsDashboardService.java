package io.blogflow.analytics.application.service;

import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Point;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Realtime;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Row;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Rows;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Scope;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Totals;
import io.blogflow.analytics.application.port.out.PostAccess;
import io.blogflow.analytics.application.port.out.PostSelection;
import io.blogflow.analytics.domain.AnalyticsFilter;
import io.blogflow.analytics.domain.AnalyticsPostNotFoundException;
import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.ReportPeriod;
import io.blogflow.analytics.domain.TimeBucket;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's figures, with the access rule applied before anything is read: an author's reads are narrowed to
 * the posts they wrote, whatever else the filter says.
 */
public final class AnalyticsDashboardService implements AnalyticsDashboardUseCase {

    public static final Duration REALTIME_WINDOW = Duration.ofMinutes(5);
    private static final int TOP_POSTS = 10;

    private final AnalyticsReadModel reads;
    private final PostAccess access;
    private final PostSelection selection;
    private final Clock clock;

    public AnalyticsDashboardService(AnalyticsReadModel reads, PostAccess access, PostSelection selection,
                                     Clock clock) {
        this.reads = reads;
        this.access = access;
        this.selection = selection;
        this.clock = clock;
    }

    @Override
    public Summary summary(Actor actor, ReportPeriod period, AnalyticsFilter filter) {
        return summaryOf(period, scope(actor, period, filter));
    }

    @Override
    public List<Point> timeseries(Actor actor, ReportPeriod period, AnalyticsFilter filter, TimeBucket bucket) {
        Scope scope = scope(actor, period, filter);
        Map<Instant, Point> found = reads.timeseries(scope, bucket, period.zone())
                .stream().collect(Collectors.toMap(Point::start, Function.identity(), (a, b) -> a));
        return bucket.starts(period.start(), period.end(), period.zone()).stream()
                .map(start -> found.getOrDefault(start, new Point(start, 0, 0))).toList();
    }

    @Override
    public Page<Row> breakdown(Actor actor, ReportPeriod period, AnalyticsFilter filter, Dimension dimension,
                               PageRequest page) {
        Rows rows = reads.breakdown(scope(actor, period, filter), dimension, (int) page.offset(), page.size());
        return new Page<>(rows.rows(), page.page(), page.size(), rows.total());
    }

    @Override
    public Realtime realtime(Actor actor) {
        Instant now = clock.instant();
        return reads.realtime(now.minus(REALTIME_WINDOW), posts(actor, AnalyticsFilter.NONE), TOP_POSTS);
    }

    @Override
    public PostAnalytics post(Actor actor, UUID post, ReportPeriod period) {
        Scope scope = scope(actor, period, AnalyticsFilter.ofPost(post));
        return new PostAnalytics(post, reads.postTotals(post), summaryOf(period, scope));
    }

    private Summary summaryOf(ReportPeriod period, Scope scope) {
        ReportPeriod previous = period.previous();
        List<Totals> totals = reads.totals(List.of(scope, scope.during(previous.start(), previous.end())));
        return new Summary(period, figures(totals.get(0)), figures(totals.get(1)));
    }

    private Scope scope(Actor actor, ReportPeriod period, AnalyticsFilter filter) {
        return new Scope(period.start(), period.end(), posts(actor, filter), filter.source(), filter.country(),
                filter.device());
    }

    /** The posts a read covers: empty for the whole site (editors and admins without a post filter). */
    private Optional<Set<UUID>> posts(Actor actor, AnalyticsFilter filter) {
        Optional<UUID> author = filter.author();
        if (!actor.managesAllContent()) {
            UUID self = actor.id().value();
            if (author.isPresent() && !author.get().equals(self)) {
                return Optional.of(Set.of());
            }
            author = Optional.of(self);
        }
        Set<UUID> chosen = null;
        if (filter.post().isPresent()) {
            UUID post = filter.post().get();
            if (!access.mayView(post, actor)) {
                throw new AnalyticsPostNotFoundException(post);
            }
            chosen = Set.of(post);
        }
        if (filter.tag().isPresent() || filter.category().isPresent() || author.isPresent()) {
            Set<UUID> selected = selection.select(filter.tag(), filter.category(), author);
            if (chosen == null) {
                chosen = selected;
            } else {
                Set<UUID> both = new HashSet<>(chosen);
                both.retainAll(selected);
                chosen = both;
            }
        }
        return Optional.ofNullable(chosen);
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
