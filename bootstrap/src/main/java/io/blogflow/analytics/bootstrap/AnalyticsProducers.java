package io.blogflow.analytics.bootstrap;

import io.blogflow.analytics.adapter.persistence.CopyEventBuffer;
import io.blogflow.analytics.adapter.rest.AnalyticsEdge;
import io.blogflow.shared.adapter.rest.TrustedCountryHeader;
import io.blogflow.analytics.adapter.useragent.MaxMindCountryLocator;
import io.blogflow.analytics.adapter.useragent.PreloadedUserAgentClassifier;
import io.blogflow.analytics.adapter.useragent.UapUserAgentClassifier;
import io.blogflow.analytics.adapter.useragent.YauaaUserAgentClassifier;
import io.blogflow.analytics.application.AnalyticsSettings;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase;
import io.blogflow.analytics.application.port.out.CountryLocator;
import io.blogflow.analytics.application.port.out.EventBuffer;
import io.blogflow.analytics.application.port.out.PostsBySlug;
import io.blogflow.analytics.application.port.out.SaltRepository;
import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.application.port.out.VisitorActivity;
import io.blogflow.analytics.application.service.IngestCounters;
import io.blogflow.analytics.application.service.RecordEventsService;
import io.blogflow.analytics.application.service.RotateSaltsJob;
import io.blogflow.analytics.application.service.RollupJob;
import io.blogflow.analytics.application.service.PartitionMaintenanceJob;
import io.blogflow.analytics.application.port.out.RollupStore;
import io.blogflow.analytics.application.port.out.EventPartitions;
import java.time.Duration;
import io.blogflow.analytics.application.service.SaltKeeper;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel;
import io.blogflow.analytics.application.port.out.PostSelection;
import io.blogflow.analytics.application.port.out.PostViewCounter;
import io.blogflow.analytics.application.port.out.PostViewTotals;
import io.blogflow.blog.application.port.in.RecordPostViewsUseCase;
import io.blogflow.blog.application.port.in.SelectPostIdsUseCase;
import io.blogflow.analytics.application.service.AnalyticsDashboardService;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.Intervals;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Builds the analytics context: ingestion over a user-agent parser, the COPY buffer and the daily salts; exports its counters. */
@Singleton
public class AnalyticsProducers {

    @Produces
    @Singleton
    AnalyticsSettings settings(AnalyticsConfig config) {
        return new AnalyticsSettings(Set.copyOf(config.excludedAddresses().orElse(List.of())),
                config.excludedPaths().orElse(List.of()), Set.copyOf(config.spamReferrers().orElse(List.of())));
    }

    /** Read by the event endpoint and by the share endpoint (engagement), so both give analytics the same country. */
    @Produces
    @Singleton
    TrustedCountryHeader countryHeader(AnalyticsConfig config) {
        return new TrustedCountryHeader(config.countryHeader());
    }

    @Produces
    @Singleton
    AnalyticsEdge edge(TrustedCountryHeader country, AnalyticsConfig config) {
        return new AnalyticsEdge(country,
                new RateLimiter.Limit(config.rateLimit().capacity(), config.rateLimit().window()));
    }

    /** Countries from a MaxMind database file when one is configured (BLOGFLOW_ANALYTICS_GEOIP_DATABASE). */
    @Produces
    @Singleton
    CountryLocator countries(AnalyticsConfig config) {
        return config.geoipDatabase().filter(file -> !file.isBlank())
                .<CountryLocator>map(file -> new MaxMindCountryLocator(Path.of(file))).orElse(CountryLocator.NONE);
    }

    /** ua-parser by default; Yauaa (BLOGFLOW_ANALYTICS_USER_AGENT_PARSER=yauaa) costs about 100 MB more memory. */
    @Produces
    @Singleton
    PreloadedUserAgentClassifier userAgents(AnalyticsConfig config) {
        return switch (config.userAgentParser()) {
            case UAP -> new UapUserAgentClassifier(config.userAgentCacheSize());
            case YAUAA -> new YauaaUserAgentClassifier(config.userAgentCacheSize());
        };
    }

    /**
     * The parser's rules start loading (in the background) as soon as the HTTP server listens, so the first page view
     * rarely waits for them, yet they do not compete with the start-up for the CPU (Yauaa's did when built at start).
     * Quarkus fires HttpServerStart asynchronously.
     */
    void loadUserAgentRules(@ObservesAsync HttpServerStart started, PreloadedUserAgentClassifier userAgents) {
        userAgents.loadInBackground();
    }

    @Produces
    @Singleton
    CopyEventBuffer copyEventBuffer(DataSource dataSource, AnalyticsConfig config, MeterRegistry metrics) {
        var buffer = new CopyEventBuffer(dataSource, new CopyEventBuffer.Settings(config.buffer().capacity(),
                config.buffer().batchSize(), config.buffer().flushInterval()));
        FunctionCounter.builder("blogflow.analytics.events.written", buffer, CopyEventBuffer::written)
                .description("Events written to analytics_events").register(metrics);
        FunctionCounter.builder("blogflow.analytics.events.failed", buffer, CopyEventBuffer::failed)
                .description("Events the database refused as rows").register(metrics);
        Gauge.builder("blogflow.analytics.buffer.held", buffer, CopyEventBuffer::held)
                .description("Events accepted and not yet written").register(metrics);
        return buffer;
    }

    /**
     * Graceful shutdown, first thing: the buffer writes what it holds while the datasource is still open (bean
     * disposal order is not guaranteed); requests still arriving are refused with 503.
     */
    void flushAtShutdown(@Observes ShutdownEvent event, CopyEventBuffer buffer) {
        buffer.close();
    }

    /** And at disposal, should the shutdown event not have come (the buffer is also the EventBuffer bean): everything accepted is written before the application stops. */
    void flushOnShutdown(@Disposes CopyEventBuffer buffer) {
        buffer.close();
    }

    @Produces
    @Singleton
    PostsBySlug postsBySlug(PublicPostsUseCase posts, Transactions transactions) {
        return new BlogPostsBySlug(posts, transactions);
    }

    /** The views counter readers see is the blog's: the rollups hand it their totals through its in-port. */
    @Produces
    @Singleton
    PostViewCounter postViewCounter(RecordPostViewsUseCase blog) {
        return new BlogPostViewCounter(blog);
    }

    /** The dashboard's tag, category and author filters are resolved to post ids by the blog. */
    @Produces
    @Singleton
    PostSelection postSelection(SelectPostIdsUseCase blog) {
        return new BlogPostSelection(blog);
    }

    @Produces
    @Singleton
    SaltKeeper saltKeeper(SaltRepository salts, Transactions transactions, Clock clock) {
        return new SaltKeeper(salts, transactions, clock);
    }

    @Produces
    @Singleton
    RotateSaltsJob rotateSaltsJob(SaltKeeper salts, AnalyticsConfig config) {
        return new RotateSaltsJob(salts, Intervals.parse("blogflow.analytics.salt-rotation-interval",
                config.saltRotationInterval()));
    }

    @Produces
    @Singleton
    RollupJob rollupJob(RollupStore rollups, PostViewTotals totals, PostViewCounter counter, Transactions transactions,
                        Clock clock, AnalyticsConfig config) {
        AnalyticsConfig.Rollup rollup = config.rollup();
        return new RollupJob(rollups, totals, counter, transactions, clock, new RollupJob.Settings(
                Intervals.parse("blogflow.analytics.rollup.interval", rollup.interval()), rollup.lag(),
                rollup.maxWindowsPerRun(), rollup.timeout()));
    }

    @Produces
    @Singleton
    PartitionMaintenanceJob partitionMaintenanceJob(EventPartitions partitions, Transactions transactions,
                                                    Clock clock, AnalyticsConfig config) {
        return new PartitionMaintenanceJob(partitions, transactions, clock,
                Intervals.parse("blogflow.analytics.partitions.interval", config.partitions().interval()),
                config.partitions().monthsAhead(), Duration.ofDays(config.retentionDays()));
    }

    @Produces
    @Singleton
    IngestCounters ingestCounters(MeterRegistry metrics) {
        var counters = new IngestCounters();
        FunctionCounter.builder("blogflow.analytics.events.accepted", counters, IngestCounters::accepted)
                .description("Events taken by the write path").register(metrics);
        FunctionCounter.builder("blogflow.analytics.events.rejected", counters, IngestCounters::rejected)
                .description("Events refused with 503 because the buffer was full").register(metrics);
        FunctionCounter.builder("blogflow.analytics.events.filtered", counters, IngestCounters::robots)
                .tag("reason", "robot").description("Events not counted on purpose").register(metrics);
        FunctionCounter.builder("blogflow.analytics.events.filtered", counters, IngestCounters::excluded)
                .tag("reason", "excluded").description("Events not counted on purpose").register(metrics);
        FunctionCounter.builder("blogflow.analytics.events.filtered", counters, IngestCounters::spam)
                .tag("reason", "referrer-spam").description("Events not counted on purpose").register(metrics);
        return counters;
    }

    @Produces
    @Singleton
    AnalyticsDashboardUseCase dashboard(AnalyticsReadModel reads, GetPostUseCase posts, PostSelection selection,
                                        Transactions transactions, Clock clock) {
        return new AnalyticsDashboardService(reads, new BlogPostAccess(posts, transactions),
                selection, clock);
    }

    @Produces
    @Singleton
    RecordEventsUseCase recordEvents(EventBuffer buffer, UserAgentClassifier userAgents, CountryLocator countries,
                                     PostsBySlug posts, SaltKeeper salts, VisitorActivity visitorActivity,
                                     AnalyticsSettings settings, IngestCounters counters, Clock clock) {
        return new RecordEventsService(buffer, userAgents, countries, posts, salts, visitorActivity, settings,
                counters, clock);
    }
}
