package io.blogflow.images.adapter.rest;

import io.blogflow.images.application.port.in.WatermarkSettingsUseCase;
import io.blogflow.images.application.port.in.WatermarkSettingsUseCase.WatermarkValues;
import io.blogflow.images.domain.Watermark;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/media/watermark")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Media watermark (admin)", description = "The watermark drawn on width variants (never on originals): "
        + "a text or a library image, its position, opacity and scale. Admins only; PUT needs If-Match; audited.")
public class WatermarkResource {

    private final WatermarkSettingsUseCase watermark;
    private final SecurityIdentity identity;

    public WatermarkResource(WatermarkSettingsUseCase watermark, SecurityIdentity identity) {
        this.watermark = watermark;
        this.identity = identity;
    }

    @Schema(name = "Watermark")
    record WatermarkResponse(@Schema(required = true) boolean enabled, String text, UUID imageId,
                             @Schema(enumeration = {"top-left", "top", "top-right", "left", "center", "right",
                                 "bottom-left", "bottom", "bottom-right"}) String position,
                             @Schema(required = true) double opacity,
                             @Schema(required = true) double scale,
                             @Schema(required = true) long version) {

        static WatermarkResponse from(Watermark watermark) {
            return new WatermarkResponse(watermark.enabled(), watermark.text(),
                    watermark.imageId() == null ? null : watermark.imageId().value(),
                    watermark.position().name().toLowerCase(Locale.ROOT).replace('_', '-'), watermark.opacity(),
                    watermark.scale(), watermark.version());
        }
    }

    @Schema(name = "WatermarkRequest")
    record WatermarkRequest(@Schema(required = true) boolean enabled,
                            @Schema(maxLength = 100, description = "Either text or imageId when enabled.") String text,
                            @Schema(description = "A media item of the library (which then can't be deleted).")
                            String imageId,
                            @Schema(enumeration = {"top-left", "top", "top-right", "left", "center", "right",
                                "bottom-left", "bottom", "bottom-right"}, defaultValue = "bottom-right")
                            String position,
                            @Schema(minimum = "0", exclusiveMinimum = true, maximum = "1", defaultValue = "0.5")
                            Double opacity,
                            @Schema(minimum = "0", exclusiveMinimum = true, maximum = "1", defaultValue = "0.2",
                                    description = "Watermark width relative to the image width.") Double scale) {
    }

    @GET
    @Operation(summary = "The watermark settings; ETag carries their version")
    public RestResponse<WatermarkResponse> get() {
        return withETag(watermark.current());
    }

    @PUT
    @Operation(summary = "Replace the watermark settings",
            description = "Variants rendered from now on use them (their URLs keep working: new ETags).")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. imageId naming no media "
            + "(image-id.not-found), or both/neither of text and imageId when enabled.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<WatermarkResponse> put(@HeaderParam("If-Match") String ifMatch,
                                                                          WatermarkRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        WatermarkRequest request = RequestBodies.required(body);
        return withETag(watermark.update(MediaPaths.actor(identity).id(), expected, new WatermarkValues(
                request.enabled(), request.text(), request.imageId(), request.position(), request.opacity(),
                request.scale())));
    }

    private static RestResponse<WatermarkResponse> withETag(Watermark current) {
        return RestResponse.ResponseBuilder.ok(WatermarkResponse.from(current))
                .tag(ETags.of(current.version())).build();
    }
}
