package io.blogflow.engagement.adapter.rest;

import io.blogflow.engagement.application.port.in.SubscriberAdministrationUseCase;
import io.blogflow.engagement.application.port.in.SubscriberAdministrationUseCase.ImportResult;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Admins look after the newsletter's subscribers. */
@Path("/api/v1/admin/newsletter/subscribers")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletter administration", description = "Admins list, import, export and change the state of "
        + "newsletter subscribers.")
public class NewsletterAdminResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String CSV = "text/csv";

    private final SubscriberAdministrationUseCase subscribers;
    private final SecurityIdentity identity;

    public NewsletterAdminResource(SubscriberAdministrationUseCase subscribers, SecurityIdentity identity) {
        this.subscribers = subscribers;
        this.identity = identity;
    }

    @Schema(name = "NewsletterSubscriber")
    public record SubscriberResponse(@Schema(required = true) UUID id, String email, String name, List<String> topics,
                                     @Schema(enumeration = {"pending", "active", "unsubscribed", "bounced",
                                             "complained"}) String state,
                                     Instant consentAt, String consentSource, String consentTextVersion,
                                     @Schema(required = true) Instant createdAt, Instant confirmedAt) {

        static SubscriberResponse of(Subscriber s) {
            return new SubscriberResponse(s.id().value(), s.email().value(), s.name().orElse(null),
                    s.topics().slugs().stream().sorted().toList(), s.state().code(), s.consent().at(),
                    s.consent().source(), s.consent().textVersion(), s.createdAt(), s.confirmedAt().orElse(null));
        }
    }

    @Schema(name = "NewsletterSubscriberPage")
    public record SubscriberPage(List<SubscriberResponse> items,
                                 @Schema(required = true) int page,
                                 @Schema(required = true) int size,
                                 @Schema(required = true) long total,
                                 @Schema(description = "Subscribers per state, over all of them.")
                                 Map<String, Long> counts) {
    }

    @Schema(name = "NewsletterImport")
    public record ImportResponse(@Schema(required = true) int imported, @Schema(required = true) int skipped) {
    }

    @GET
    @Operation(operationId = "listNewsletterSubscribers", summary = "Subscribers, oldest first, with counts",
            description = "state filters (pending, active, unsubscribed, bounced, complained); email finds one "
                    + "address exactly (addresses are sealed at rest, so there is no substring search).")
    @APIResponse(responseCode = "200", description = "A page of subscribers and the counts per state.",
            headers = @Header(name = "Link"), content = @Content(schema = @Schema(implementation = SubscriberPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [{\"id\": "
                    + "\"0190d6b2-7c1e-7a51-9d0e-1b2c3d4e5f60\", \"email\": \"reader@example.org\", \"name\": \"Ada\", "
                    + "\"topics\": [\"java\"], \"state\": \"active\", \"consentAt\": \"2026-12-01T10:00:00Z\", "
                    + "\"consentSource\": \"footer\", \"consentTextVersion\": \"2026-01\", \"createdAt\": "
                    + "\"2026-12-01T10:00:00Z\", \"confirmedAt\": \"2026-12-01T10:05:00Z\"}], \"page\": 1, "
                    + "\"size\": 20, \"total\": 1, \"counts\": {\"pending\": 0, \"active\": 1, \"unsubscribed\": 0, "
                    + "\"bounced\": 0, \"complained\": 0}}")))
    @APIResponse(responseCode = "400", description = "Unknown state, malformed email, bad page or size.",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "Not signed in.", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not an admin.", content = @Content(mediaType = PROBLEM))
    public RestResponse<SubscriberPage> list(@QueryParam("state") String state, @QueryParam("email") String email,
                                             @QueryParam("page") String page, @QueryParam("size") String size,
                                             @Context UriInfo uri) {
        Page<Subscriber> found = subscribers.list(state, email, Paging.request(page, size));
        Map<String, Long> counts = new LinkedHashMap<>();
        subscribers.counts().forEach((s, n) -> counts.put(s.code(), n));
        return RestResponse.ResponseBuilder.ok(new SubscriberPage(found.items().stream().map(SubscriberResponse::of)
                        .toList(), found.page(), found.size(), found.total(), counts))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @Operation(operationId = "exportNewsletterSubscribers", summary = "Every subscriber as CSV",
            description = "Columns: " + "id, email, name, topics (space-separated slugs), state, consent_at, "
                    + "consent_source, consent_text_version, created_at, confirmed_at. Streamed in batches.")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = CSV,
            examples = @ExampleObject(name = "csv", value = "id,email,name,topics,state,consent_at,consent_source,"
                    + "consent_text_version,created_at,confirmed_at\r\n")))
    @APIResponse(responseCode = "401", description = "Not signed in.", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not an admin.", content = @Content(mediaType = PROBLEM))
    public RestResponse<StreamingOutput> export() {
        StreamingOutput csv = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            subscribers.exportCsv(line -> {
                try {
                    writer.write(line);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return RestResponse.ResponseBuilder.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"newsletter-subscribers.csv\"").build();
    }

    @POST
    @Path("import")
    @Consumes(CSV)
    @Operation(operationId = "importNewsletterSubscribers", summary = "Import subscribers from CSV (all or nothing)",
            description = "A header row naming email, name, topics, consent_at, consent_source and "
                    + "consent_text_version (any order; other columns are ignored), then one subscriber per row: "
                    + "people who consented elsewhere, imported as active. Any invalid row refuses the whole "
                    + "import (400 listing every invalid field as line[n].column); addresses already present are "
                    + "skipped. At most 10,000 rows.")
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = "email,name,"
            + "topics,consent_at,consent_source,consent_text_version\r\nreader@example.org,Ada,java architecture,"
            + "2026-11-30T09:00:00Z,old-site-form,2025-03\r\n")))
    @APIResponse(responseCode = "200", description = "Imported.", content = @Content(
            schema = @Schema(implementation = ImportResponse.class),
            examples = @ExampleObject(name = "imported", value = "{\"imported\": 120, \"skipped\": 3}")))
    @APIResponse(responseCode = "400", description = "Invalid rows (nothing imported) or a malformed CSV.",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "Not signed in.", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not an admin.", content = @Content(mediaType = PROBLEM))
    public ImportResponse importCsv(String csv) {
        ImportResult result = subscribers.importCsv(csv, admin());
        return new ImportResponse(result.imported(), result.skipped());
    }

    @Schema(name = "NewsletterSubscriberState")
    public record StateRequest(@Schema(required = true, enumeration = {"bounced", "complained", "unsubscribed"})
                               String state) {
    }

    @POST
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeNewsletterSubscriberState", summary = "Mark a subscriber bounced, complained "
            + "or unsubscribed", description = "As the mail provider reported (bounce, spam complaint) or the "
            + "person asked by other means. Only active subscribers are mailed. Audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bounced", value = "{\"state\": \"bounced\"}")))
    @APIResponse(responseCode = "200", description = "The subscriber now.",
            content = @Content(schema = @Schema(implementation = SubscriberResponse.class)))
    @APIResponse(responseCode = "400", description = "Not one of bounced, complained, unsubscribed.",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "Not signed in.", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not an admin.", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such subscriber.", content = @Content(mediaType = PROBLEM))
    public SubscriberResponse changeState(@jakarta.ws.rs.PathParam("id") String id, StateRequest body) {
        return SubscriberResponse.of(subscribers.changeState(id,
                io.blogflow.shared.adapter.rest.RequestBodies.required(body).state(), admin()));
    }

    private UserId admin() {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }
}
