package io.blogflow.analytics.adapter.rest;

import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Point;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Realtime;
import io.blogflow.analytics.application.port.out.AnalyticsReadModel.Row;
import io.blogflow.analytics.domain.Dimension;
import io.blogflow.analytics.domain.ReportPeriod;
import io.blogflow.analytics.domain.TimeBucket;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Permissions.POSTS_READ)
@Tag(name = "Analytics", description = "The dashboard: editors and admins see the whole site; every read of an "
        + "author's covers only the posts they wrote. Periods: period=today|7d|30d|month|12mo or from/to "
        + "(YYYY-MM-DD), in tz (IANA, default UTC); default 30d. Filters: post, tag, category, author (posts), "
        + "source, country, device (visits). Rolled-up days are read from the rollups, the rest (today included) "
        + "from the raw events.")
@APIResponse(responseCode = "400", description = "Bad period, tz, interval, dimension, filter or paging",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "No post the caller may see has the id in post",
        content = @Content(mediaType = "application/problem+json"))
public class AnalyticsResource {

    static final String SUMMARY_EXAMPLE = """
            {"from": "2026-03-01", "to": "2026-03-07", "tz": "Europe/Berlin",
             "current": {"visitors": 1200, "pageviews": 3100, "visits": 1500, "viewsPerVisit": 2.0667,
                         "bounceRate": 0.41, "visitDurationMs": 95000, "engagedMs": 41000},
             "previous": {"visitors": 900, "pageviews": 2500, "visits": 1100, "viewsPerVisit": 2.2727,
                          "bounceRate": 0.45, "visitDurationMs": 88000, "engagedMs": 39000}}""";

    private final AnalyticsDashboardUseCase dashboard;
    private final SecurityIdentity identity;
    private final Clock clock;

    public AnalyticsResource(AnalyticsDashboardUseCase dashboard, SecurityIdentity identity, Clock clock) {
        this.dashboard = dashboard;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("summary")
    @Operation(operationId = "analyticsSummary", summary = "Visitors, page views, visits, views per visit, bounce "
            + "rate, visit duration and engaged time for a period, with the previous period beside it")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = AnalyticsDtos.SummaryResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "week", value = SUMMARY_EXAMPLE)))
    public AnalyticsDtos.SummaryResponse summary(@BeanParam ReportParams report) {
        ReportPeriod range = report.period(clock.instant());
        return AnalyticsDtos.SummaryResponse.of(dashboard.summary(actor(), range, report.filter()));
    }

    @GET
    @Path("timeseries")
    @Operation(operationId = "analyticsTimeseries", summary = "Visitors and page views per hour, day, week or "
            + "month in the period's time zone (every bucket, zeros included)")
    @APIResponse(responseCode = "200", description = "The points", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnalyticsDtos.PointResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "days", value = """
            [{"start": "2026-03-01T00:00:00+01:00", "visitors": 180, "pageviews": 420},
             {"start": "2026-03-02T00:00:00+01:00", "visitors": 210, "pageviews": 505}]""")))
    public List<AnalyticsDtos.PointResponse> timeseries(@QueryParam("interval") String interval,
                                                        @BeanParam ReportParams report) {
        ReportPeriod range = report.period(clock.instant());
        TimeBucket bucket = TimeBucket.of(interval == null ? "day" : interval);
        List<Point> points = dashboard.timeseries(actor(), range, report.filter(), bucket);
        return points.stream().map(point -> AnalyticsDtos.PointResponse.of(point, range.zone())).toList();
    }

    @GET
    @Path("breakdown/{dimension}")
    @Operation(operationId = "analyticsBreakdown", summary = "Visitors, page views and events by a dimension: "
            + "posts, entry-pages, exit-pages (events: visits entering/leaving there), sources, referrers, "
            + "utm-mediums, utm-campaigns, countries, devices, browsers, os, events (names), props (custom "
            + "events' properties as name:key=value); most visitors first, paged (size ≤ 100). Accept: text/csv "
            + "gives the page as CSV.")
    @APIResponse(responseCode = "200", description = "A page of rows", content = {
            @Content(schema = @Schema(implementation = AnalyticsDtos.RowPage.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sources", value = """
                    {"items": [{"value": "Google", "visitors": 310, "pageviews": 720, "events": 900},
                               {"value": null, "visitors": 120, "pageviews": 200, "events": 260}],
                     "page": 1, "size": 20, "total": 2}""")),
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = """
                    value,visitors,pageviews,events
                    Google,310,720,900
                    ,120,200,260
                    """))})
    public RestResponse<PageResponse<AnalyticsDtos.RowResponse>> breakdown(
            @PathParam("dimension") String dimension, @BeanParam ReportParams report, @BeanParam PageParams paging,
            @Context UriInfo uri) {
        Page<Row> rows = rows(dimension, report, paging);
        return RestResponse.ResponseBuilder.ok(PageResponse.of(rows, AnalyticsDtos.RowResponse::of))
                .links(Paging.links(rows, uri)).build();
    }

    @GET
    @Path("breakdown/{dimension}")
    @Produces("text/csv")
    @Operation(hidden = true)
    public RestResponse<String> breakdownCsv(@PathParam("dimension") String dimension,
                                             @BeanParam ReportParams report, @BeanParam PageParams paging,
                                             @Context UriInfo uri) {
        Page<Row> rows = rows(dimension, report, paging);
        return RestResponse.ResponseBuilder.ok(AnalyticsDtos.csv(rows.items()), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + Dimension.of(dimension).code()
                        + ".csv\"")
                .links(Paging.links(rows, uri)).build();
    }

    @GET
    @Path("realtime")
    @Operation(operationId = "analyticsRealtime", summary = "Visitors in the last 5 minutes and the posts with "
            + "most page views in them (editors and admins)")
    @APIResponse(responseCode = "200", description = "Now", content = @Content(schema = @Schema(implementation = AnalyticsDtos.RealtimeResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "now", value = """
            {"visitors": 14, "topPosts": [{"value": "0190d6a2-0000-7000-8000-000000000001", "visitors": 9,
             "pageviews": 11, "events": 15}]}""")))
    public AnalyticsDtos.RealtimeResponse realtime() {
        Realtime now = dashboard.realtime(actor());
        return new AnalyticsDtos.RealtimeResponse(now.visitors(),
                now.topPosts().stream().map(AnalyticsDtos.RowResponse::of).toList());
    }

    private Page<Row> rows(String dimension, ReportParams report, PageParams paging) {
        Dimension by = Dimension.of(dimension);
        ReportPeriod range = report.period(clock.instant());
        return dashboard.breakdown(actor(), range, report.filter(), by, paging.request());
    }

    private Actor actor() {
        return Actors.of(identity, Permissions.POSTS_MANAGE_ALL, Permissions.POSTS_PUBLISH);
    }
}
