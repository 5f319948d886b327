package io.blogflow.images.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.images.application.port.in.DeleteMediaUseCase;
import io.blogflow.images.application.port.in.MediaQueriesUseCase;
import io.blogflow.images.application.port.in.UpdateMediaUseCase;
import io.blogflow.images.application.port.in.UpdateMediaUseCase.UpdateMediaCommand;
import io.blogflow.images.application.port.in.UploadMediaUseCase;
import io.blogflow.images.application.port.in.UploadMediaUseCase.StoredMedia;
import io.blogflow.images.application.port.in.UploadMediaUseCase.UploadMediaCommand;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaFilter;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.adapter.rest.NulFreeText;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Problem;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(MediaPaths.API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media library", description = "Images for posts: upload (JPEG, PNG, WebP, GIF; type from the bytes, "
        + "EXIF/GPS stripped, duplicates recognised), browse, describe, delete. Shared by everyone who writes; "
        + "changes by the uploader or editors. Renditions are public at /media/{id}/{variant}.")
@APIResponse(responseCode = "400", description = "Invalid fields or query parameters.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MediaResource {

    private static final String IF_MATCH_DOC = "ETag of the version being changed, e.g. \"3\". Required.";

    private final UploadMediaUseCase upload;
    private final MediaQueriesUseCase queries;
    private final UpdateMediaUseCase update;
    private final DeleteMediaUseCase delete;
    private final MediaPublicUrl publicUrl;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public MediaResource(UploadMediaUseCase upload, MediaQueriesUseCase queries, UpdateMediaUseCase update,
                         DeleteMediaUseCase delete, MediaPublicUrl publicUrl, SecurityIdentity identity,
                         ObjectMapper json) {
        this.upload = upload;
        this.queries = queries;
        this.update = update;
        this.delete = delete;
        this.publicUrl = publicUrl;
        this.identity = identity;
        this.json = json;
    }

    /** What PATCH merges into: the editable fields. */
    @Schema(name = "MediaPatch")
    record MediaPatch(@Schema(maxLength = 300) String altText, @Schema(maxLength = 1000) String caption,
                      @Schema(description = "Absolute https URL of a CDN copy of the original.") String cdnUrl,
                      Boolean watermarked) {

        static MediaPatch of(Media media) {
            return new MediaPatch(media.altText(), media.caption(),
                    media.cdnUrl() == null ? null : media.cdnUrl().toString(), media.watermarked());
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(MediaPaths.WRITE)
    @Operation(summary = "Upload an image",
            description = "multipart/form-data with the image in `file` and optional `altText` and `caption`. The "
                    + "type is read from the bytes (the file name and part content type are ignored); metadata "
                    + "(EXIF, GPS, XMP) is removed before storing. An image already in the library (same bytes "
                    + "after stripping) is not stored again: its record is answered with 200 and duplicate=true.")
    @APIResponse(responseCode = "201", description = "Stored; Location and ETag set.",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "200", description = "Already in the library (duplicate=true); Location names it.")
    @APIResponse(responseCode = "400", description = "No file, too many pixels (media.too-many-pixels), unreadable "
            + "image (media.unreadable) or invalid altText/caption.")
    @APIResponse(responseCode = "402", description = "The plan's storage is used up (quota-exceeded, metric "
            + "storage_bytes); nothing was stored.")
    @APIResponse(responseCode = "413", description = "File larger than blogflow.media.max-upload-bytes.")
    @APIResponse(responseCode = "415", description = "Not JPEG, PNG, WebP or GIF (SVG included): "
            + "media.unsupported-type.")
    public RestResponse<MediaResponse> upload(@RestForm("file") FileUpload file, @RestForm("altText") String altText,
                                              @RestForm("caption") String caption, @Context UriInfo uri) {
        if (file == null) {
            throw new ValidationException(List.of(new FieldError("file", "required",
                    "Send the image as the multipart part 'file'.")));
        }
        StoredMedia stored = upload.upload(new UploadMediaCommand(MediaPaths.actor(identity).id(), read(file),
                file.fileName(), file.contentType(), NulFreeText.checked(altText, "altText"),
                NulFreeText.checked(caption, "caption")));
        Media media = stored.media();
        var location = uri.getBaseUriBuilder().path(MediaPaths.API).path(media.id().toString()).build();
        var response = stored.duplicate() ? RestResponse.ResponseBuilder.<MediaResponse>ok().location(location)
                : RestResponse.ResponseBuilder.<MediaResponse>created(location);
        return response.tag(ETags.of(media.version())).entity(dto(media, uri, stored.duplicate())).build();
    }

    @GET
    @PermissionsAllowed(MediaPaths.READ)
    @Operation(summary = "Browse the library, newest first")
    @APIResponse(responseCode = "200", description = "A page of media items; Link names the other pages.",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Link"))
    public RestResponse<PageResponse<MediaResponse>> list(
            @BeanParam PageParams paging,
            @Parameter(description = "Only this type.", schema = @Schema(enumeration = {"image/jpeg", "image/png",
                    "image/webp", "image/gif"})) @jakarta.ws.rs.QueryParam("type") String type,
            @Parameter(description = "Created at or after (date or instant).")
            @jakarta.ws.rs.QueryParam("createdFrom") String createdFrom,
            @Parameter(description = "Created before (date or instant).")
            @jakarta.ws.rs.QueryParam("createdTo") String createdTo,
            @Context UriInfo uri) {
        MediaFilter filter = MediaQueryParams.filter(type, createdFrom, createdTo);
        return PageParams.answer(queries.list(filter, paging.request()), media -> dto(media, uri, null), uri);
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(MediaPaths.READ)
    @Operation(summary = "One media item; ETag carries its version")
    @APIResponse(responseCode = "200", description = "The media item; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such media.")
    public RestResponse<MediaResponse> get(@PathParam("id") MediaId id, @Context UriInfo uri) {
        return withETag(queries.get(id), uri);
    }

    @PATCH
    @Path("{id}")
    @PermissionsAllowed(MediaPaths.WRITE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Describe a media item (JSON Merge Patch)",
            description = "altText, caption, cdnUrl, watermarked: present fields replace, null clears, absent stay. "
                    + "The uploader or an editor; If-Match required.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MediaPatch.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "403", description = "Someone else's media and not an editor.")
    @APIResponse(responseCode = "404", description = "No such media.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<MediaResponse> patch(@PathParam("id") MediaId mediaId,
                                             @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match")
                                             String ifMatch, String body, @Context UriInfo uri)
            throws JsonProcessingException {
        long expected = ETags.requiredVersion(ifMatch);
        Media current = queries.get(mediaId);
        if (current.version() != expected) {
            throw new StaleVersionException("media", current.version());
        }
        MediaPatch patched = MergePatch.apply(json, MediaPatch.of(current), body, MediaPatch.class);
        return withETag(update.update(new UpdateMediaCommand(MediaPaths.actor(identity), mediaId, expected,
                patched.altText(), patched.caption(), patched.cdnUrl(), patched.watermarked())), uri);
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(MediaPaths.WRITE)
    @Operation(summary = "Delete a media item, its variants and their bytes",
            description = "Refused while it is in use (today: as the watermark image). If-Match required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", description = "Someone else's media and not an editor.")
    @APIResponse(responseCode = "404", description = "No such media.")
    @APIResponse(responseCode = "409", description = "In use: media.in-use.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<Void> delete(@PathParam("id") MediaId mediaId,
                                     @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch) {
        delete.delete(MediaPaths.actor(identity), mediaId, ETags.requiredVersion(ifMatch));
        return RestResponse.noContent();
    }

    private RestResponse<MediaResponse> withETag(Media media, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(dto(media, uri, null)).tag(ETags.of(media.version())).build();
    }

    private MediaResponse dto(Media media, UriInfo uri, Boolean duplicate) {
        return MediaResponse.from(media, publicUrl.base(uri), publicUrl.widths(), duplicate);
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read back", e);
        }
    }
}
