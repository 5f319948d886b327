package io.blogflow.analytics.adapter.rest;

import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase;
import io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase.PostAnalytics;
import io.blogflow.analytics.domain.ReportPeriod;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.domain.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/posts/{id}/analytics")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Permissions.POSTS_READ)
@Tag(name = "Analytics")
public class PostAnalyticsResource {

    private final AnalyticsDashboardUseCase dashboard;
    private final SecurityIdentity identity;
    private final Clock clock;

    public PostAnalyticsResource(AnalyticsDashboardUseCase dashboard, SecurityIdentity identity, Clock clock) {
        this.dashboard = dashboard;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "postAnalytics", summary = "A post's analytics: all-time views, visitors, average "
            + "engaged time and bounce rate (kept from the rollups), and a period's figures with the previous "
            + "period's (default 30d)")
    @APIResponse(responseCode = "200", description = "The post's figures", content = @Content(schema = @Schema(implementation = AnalyticsDtos.PostAnalyticsResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "post", value = """
            {"postId": "0190d6a2-0000-7000-8000-000000000001",
             "allTime": {"views": 5400, "visitors": 4100, "avgTimeMs": 52000, "bounceRate": 0.38,
                         "lastCalculatedAt": "2026-03-08T10:05:00Z"},
             "period": {"from": "2026-02-07", "to": "2026-03-08", "tz": "UTC",
                        "current": {"visitors": 800, "pageviews": 1000, "visits": 850, "viewsPerVisit": 1.1765,
                                    "bounceRate": 0.4, "visitDurationMs": 60000, "engagedMs": 50000},
                        "previous": {"visitors": 700, "pageviews": 900, "visits": 760, "viewsPerVisit": 1.1842,
                                     "bounceRate": 0.42, "visitDurationMs": 58000, "engagedMs": 48000}}}""")))
    @APIResponse(responseCode = "400", description = "Bad id, period or tz",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No post the caller may see has this id",
            content = @Content(mediaType = "application/problem+json"))
    public AnalyticsDtos.PostAnalyticsResponse get(@PathParam("id") String id, @QueryParam("period") String period,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("tz") String tz) {
        UUID post = ReportParams.uuid(id, "post").orElseThrow();
        ReportPeriod range = ReportPeriod.of(period, from, to, tz, clock.instant());
        PostAnalytics found = dashboard.post(Actors.of(identity, Permissions.POSTS_MANAGE_ALL,
                Permissions.POSTS_PUBLISH), post, range);
        return AnalyticsDtos.PostAnalyticsResponse.of(found);
    }
}
