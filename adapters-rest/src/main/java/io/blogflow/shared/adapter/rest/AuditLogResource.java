package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.application.port.in.QueryAuditLogUseCase;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/audit-log")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log (admin)", description = "Who did what, when and from where. Append-only. Admins only.")
public class AuditLogResource {

    private final QueryAuditLogUseCase audit;

    public AuditLogResource(QueryAuditLogUseCase audit) {
        this.audit = audit;
    }

    @Schema(name = "AuditEntry")
    record EntryResponse(@Schema(required = true) UUID id,
                         Instant occurredAt,
                         UUID actorId,
                         String action,
                         String targetType,
                         String targetId,
                         Map<String, Object> before, Map<String, Object> after, String ip, String userAgent,
                         String requestId) {

        static EntryResponse from(AuditEntry e) {
            return new EntryResponse(e.id(), e.occurredAt(), e.actor() == null ? null : e.actor().value(), e.action(),
                    e.targetType(), e.targetId(), e.before(), e.after(), e.origin().ip(), e.origin().userAgent(),
                    e.origin().requestId());
        }
    }

    @GET
    @Operation(summary = "Query the audit log, newest first",
            description = "Filters: actorId, action (e.g. user.role-changed), targetType and targetId, and a time "
                    + "range [from, to) as ISO-8601 instants.")
    public RestResponse<PageResponse<EntryResponse>> find(@QueryParam("actorId") String actorId,
                                                          @QueryParam("action") String action,
                                                          @QueryParam("targetType") String targetType,
                                                          @QueryParam("targetId") String targetId,
                                                          @QueryParam("from") String from,
                                                          @QueryParam("to") String to,
                                                          @QueryParam("page") String page,
                                                          @QueryParam("size") String size,
                                                          @Context UriInfo uri) {
        var validation = new Validation();
        UserId actor = actorId == null ? null : validation.field("actorId", () -> UserId.parse(actorId)
                .orElseThrow(() -> new InvalidValueException("actor-id.invalid", "actorId must be a user id.")));
        Instant fromInstant = validation.field("from", () -> QueryInstants.parse("from", from));
        Instant toInstant = validation.field("to", () -> QueryInstants.parse("to", to));
        validation.throwIfInvalid();
        Page<AuditEntry> entries = audit.find(new AuditLog.Filter(actor, action, targetType, targetId, fromInstant,
                toInstant), Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(entries, EntryResponse::from))
                .links(Paging.links(entries, uri)).build();
    }
}
