package io.blogflow.images.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.application.port.in.SectionMediaUseCase;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.adapter.rest.Problem;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.domain.SectionNotFoundException;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ordered images of a post section, chosen from the media library. */
@Path("/api/v1/posts/{postId}/sections/{sectionId}/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media library")
@APIResponse(responseCode = "404", description = "No such post (or not yours) or section.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SectionMediaResource {

    private final SectionMediaUseCase sectionMedia;
    private final MediaPublicUrl publicUrl;
    private final SecurityIdentity identity;

    public SectionMediaResource(SectionMediaUseCase sectionMedia, MediaPublicUrl publicUrl,
                                SecurityIdentity identity) {
        this.sectionMedia = sectionMedia;
        this.publicUrl = publicUrl;
        this.identity = identity;
    }

    @Schema(name = "SectionMediaRequest")
    public record SectionMediaRequest(
            @Schema(required = true, maxItems = SectionMediaUseCase.MAX_IMAGES, description = "Media library ids in "
                    + "display order; an empty list removes all images.") List<UUID> mediaIds) {
    }

    @Schema(name = "SectionMedia")
    public record SectionMediaResponse(@Schema(description = "The images' ids, in order.") List<UUID> mediaIds,
                                       @Schema(description = "The images, in order, with srcset-ready urls.")
                                       List<MediaResponse> items) {
    }

    @GET
    @PermissionsAllowed(MediaPaths.READ)
    @Operation(summary = "A section's images, in order")
    @APIResponse(responseCode = "200", description = "The images.")
    public SectionMediaResponse get(@PathParam("postId") PostId postId, @PathParam("sectionId") String sectionId,
                                    @Context UriInfo uri) {
        return response(sectionMedia.images(postId, section(sectionId), MediaPaths.actor(identity)), uri);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(MediaPaths.WRITE)
    @Operation(summary = "Replace a section's images", description = "The list replaces the current one, in its "
            + "order. Images a section uses can't be deleted from the library (409 media.in-use).")
    @APIResponse(responseCode = "200", description = "The section's images now.")
    @APIResponse(responseCode = "400", description = "mediaIds missing, longer than 50, or naming unknown media "
            + "(media-ids.unknown).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SectionMediaResponse put(@PathParam("postId") PostId postId, @PathParam("sectionId") String sectionId,
                                    SectionMediaRequest body, @Context UriInfo uri) {
        List<UUID> ids = RequestBodies.required(body).mediaIds();
        if (ids == null || ids.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException(List.of(new FieldError("mediaIds", "media-ids.required",
                    "mediaIds must be a list of media ids.")));
        }
        return response(sectionMedia.replace(postId, section(sectionId), MediaPaths.actor(identity),
                ids.stream().map(MediaId::new).toList()), uri);
    }

    private SectionMediaResponse response(List<Media> images, UriInfo uri) {
        return new SectionMediaResponse(images.stream().map(media -> media.id().value()).toList(),
                images.stream().map(media -> MediaResponse.from(media, publicUrl.base(uri), publicUrl.widths(), null))
                        .toList());
    }

    private static UUID section(String raw) {
        return PathIds.uuid(raw, () -> new SectionNotFoundException(raw));
    }
}
