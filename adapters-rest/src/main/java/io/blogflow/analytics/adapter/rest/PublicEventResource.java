package io.blogflow.analytics.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.blogflow.analytics.application.port.in.RecordEventsUseCase.IncomingEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The event endpoint as the REST layer serves it, and as the API document describes it. Most requests never reach
 * it: {@link PublicEventRoute} answers those it can take from memory on the event loop, and leaves the rest (the
 * first events after start, an unknown slug, anything to refuse as malformed) to this resource.
 */
@Path(PublicEventRoute.PATH)
@Tag(name = "Analytics ingest", description = "Page views and events from the tracking script or any client: no "
        + "cookies, no personal data kept (docs/analytics.md).")
public class PublicEventResource {

    private final EventIntake intake;

    public PublicEventResource(EventIntake intake) {
        this.intake = intake;
    }

    @Schema(name = "AnalyticsEvent", description = "One page view or event.")
    public record EventRequest(
            @Schema(description = "pageview, engagement, click, share, conversion or a custom name (≤ 120 chars)",
                    required = true, examples = "pageview") String name,
            @Schema(description = "Absolute http(s) address of the page (≤ 2000 chars); its last path segment "
                    + "attributes the event to a post by slug", required = true,
                    examples = "https://blog.example/posts/tides?utm_source=newsletter") String url,
            @Schema(description = "document.referrer", examples = "https://news.ycombinator.com/") String referrer,
            @Schema(description = "document.title (not stored)") String title,
            @Schema(description = "Screen width in CSS pixels", examples = "1280") Integer screenWidth,
            @Schema(description = "engagement: milliseconds the page was visible and active", examples = "42000")
            Integer engagedMs,
            @Schema(description = "engagement: how far the page was scrolled, 0-100 %", examples = "80")
            Integer scrollDepth,
            @Schema(description = "Up to 30 string properties of a custom event") Map<String, String> props) {

        IncomingEvent toIncoming() {
            return new IncomingEvent(name, url, referrer, title, screenWidth, engagedMs, scrollDepth, props);
        }
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAnalyticsEvents", summary = "Record one event or a batch of up to 100",
            description = "No authentication; rate limited per client address. The client address and user agent "
                    + "are used only to derive a daily-salted visitor hash and browser/OS/device classes, then "
                    + "forgotten. Robots, crawlers and headless browsers are accepted and not counted. Also accepts "
                    + "text/plain (what navigator.sendBeacon sends).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {EventRequest.class, EventRequest[].class}), examples = {
            @ExampleObject(name = "pageview", value = """
                    {"name": "pageview", "url": "https://blog.example/posts/tides", \
                    "referrer": "https://www.google.com/", "screenWidth": 1280}"""),
            @ExampleObject(name = "batch", value = """
                    [{"name": "pageview", "url": "https://blog.example/posts/tides"}, \
                    {"name": "signup", "url": "https://blog.example/posts/tides", "props": {"plan": "pro"}}]""")}))
    @APIResponse(responseCode = "202", description = "Accepted (counted, or filtered as a robot or exclusion)")
    @APIResponse(responseCode = "400", description = "Malformed JSON, more than 100 events or an invalid field "
            + "(named, e.g. [3].url)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many requests from this client",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The write path is full; nothing of the request was taken",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json"))
    public Response record(String body, @Context HttpServerRequest request) throws JsonProcessingException {
        intake.throttle(request);
        intake.record(intake.read(body), request);
        return Response.accepted().build();
    }
}
