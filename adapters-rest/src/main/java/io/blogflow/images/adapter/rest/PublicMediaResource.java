package io.blogflow.images.adapter.rest;

import io.blogflow.images.application.port.in.MediaVariantsUseCase;
import io.blogflow.images.application.port.in.MediaVariantsUseCase.VariantContent;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.VariantName;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The images readers load. A URL's bytes never change (a watermark change leads to another ETag, not other bytes
 * under the same one), so they are cacheable for a year by browsers and CDNs; {@code Vary: Accept} because the same
 * URL answers WebP or the original format.
 */
@Path("/media/{id}/{variant}")
@PermitAll
@Tag(name = "Public")
public class PublicMediaResource {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final MediaVariantsUseCase variants;
    private final MediaPublicUrl settings;

    public PublicMediaResource(MediaVariantsUseCase variants, MediaPublicUrl settings) {
        this.variants = variants;
        this.settings = settings;
    }

    @GET
    @Produces({"image/jpeg", "image/png", "image/webp", "image/gif"})
    @Operation(summary = "An image rendition",
            description = "variant: original (the stored original, never converted or watermarked) or w<width> for a "
                    + "configured width (w320, w640, w1024, w1600 by default; never wider than the original). "
                    + "Width variants are WebP when Accept names image/webp (GIFs stay GIF), else the original "
                    + "format, and carry the watermark when it is enabled. Strong ETag; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The bytes; ETag, Cache-Control and Vary set.")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = "No such media or variant.")
    public Response get(@PathParam("id") MediaId id, @PathParam("variant") String variant,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        VariantName name = VariantName.parse(variant, settings.widths());
        VariantContent content = variants.variant(id, name, AcceptHeader.acceptsWebp(accept));
        EntityTag tag = new EntityTag(content.key());
        Response.ResponseBuilder response;
        if (matches(ifNoneMatch, tag)) {
            content.body().close();
            response = Response.notModified(tag);
        } else { // streamed from storage as it is sent, never held whole
            response = Response.ok(content.body().stream(), content.mime()).tag(tag)
                    .header(HttpHeaders.CONTENT_LENGTH, content.body().length());
        }
        return response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x"; * matches anything. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*")) {
                return true;
            }
            value = value.startsWith("W/") ? value.substring(2) : value;
            if (value.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
