package io.blogflow.images.adapter.rest;

import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.images.application.port.in.GenerateImageUseCase.Outcome;
import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.adapter.rest.IdempotencyKeys;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.RespondAsync;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Generating images for a post or one of its sections, and the post's generation history. */
@Path("/api/v1/posts/{postId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Image generation", description = "An image from a prompt, in a style and format, by an image model "
        + "(OpenAI Images API or AUTOMATIC1111), stored in the media library and recorded with its outcome.")
public class ImageGenerationResource {

    private static final String WRITE = Permissions.POSTS_WRITE;
    private static final String READ = Permissions.POSTS_READ;

    private final GenerateImageUseCase images;
    private final SecurityIdentity identity;

    public ImageGenerationResource(GenerateImageUseCase images, SecurityIdentity identity) {
        this.images = images;
        this.identity = identity;
    }

    @Schema(name = "ImageGenerationRequest", description = "settingId, or formatId with an optional styleId.")
    public record GenerationRequest(
            @Schema(description = "Absent on a section: the section's first image prompt.") String prompt,
            UUID settingId, UUID styleId, UUID formatId,
            @Schema(required = true, description = "An LLM-registry model whose provider generates images.")
            UUID modelId,
            @Schema(description = "Alt text for the stored media item.") String altText) {
    }

    @Schema(name = "ImageGeneration")
    public record GenerationResponse(@Schema(required = true) UUID id,
                                     UUID postId,
                                     UUID sectionId,
                                     UUID requestedBy,
                                     String prompt,
                                     String revisedPrompt, UUID styleId, UUID formatId, UUID settingId,
                                     UUID providerId,
                                     String model,
                                     @Schema(required = true) int width,
                                     @Schema(required = true) int height,
                                     @Schema(description = "running, succeeded or failed") String status,
                                     UUID mediaId, String errorType, String errorCode, String errorMessage,
                                     Integer httpStatus, Long latencyMillis, Integer inputTokens,
                                     Integer outputTokens,
                                     String idempotencyKey,
                                     @Schema(required = true) Instant createdAt,
                                     Instant finishedAt) {

        static GenerationResponse of(ImageGeneration g) {
            return new GenerationResponse(g.id(), g.postId(), g.sectionId(), g.requestedBy().value(), g.prompt(),
                    g.revisedPrompt(), g.styleId(), g.formatId(), g.settingId(), g.providerId(), g.model(), g.width(),
                    g.height(), g.status().code(), g.media() == null ? null : g.media().value(), g.errorType(),
                    g.errorCode(), g.errorMessage(), g.httpStatus(), g.latencyMillis(), g.inputTokens(),
                    g.outputTokens(), g.idempotencyKey(), g.createdAt(), g.finishedAt());
        }
    }

    @POST
    @Path("images/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Generate an image for the post", description = "One provider call (no retries). A "
            + "provider failure is not an HTTP error: the generation is recorded as failed with the reason.")
    @APIResponse(responseCode = "201", description = "The generation, succeeded (with mediaId) or failed.",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = GenerationResponse.class)))
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the generation, status running, queued "
            + "for a background job; Location points at it. Its starter is notified of the outcome.",
            headers = {@Header(name = "Location"), @Header(name = "Preference-Applied")})
    @APIResponse(responseCode = "200", description = "Replayed: the generation this Idempotency-Key started.")
    @APIResponse(responseCode = "400", description = "No prompt, no format, not an image model, a malformed or "
            + "reused Idempotency-Key.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours), setting, style or format.")
    @APIResponse(responseCode = "409", description = "The key's generation is still running.")
    @APIResponse(responseCode = "402", description = "The plan's quota is used up (quota-exceeded: metric, "
            + "limit, used, resetsAt, upgradeUrl); nothing was sent to the provider.")
    public RestResponse<GenerationResponse> forPost(@PathParam("postId") PostId postId,
                                                    @Parameter(description = IdempotencyKeys.DOC)
                                                    @HeaderParam(IdempotencyKeys.HEADER) String key,
                                                    @Parameter(description = RespondAsync.DOC,
                                                            example = RespondAsync.TOKEN)
                                                    @HeaderParam(RespondAsync.PREFER) String prefer,
                                                    GenerationRequest body, @Context UriInfo uri) {
        return generate(postId, null, key, prefer, body, uri);
    }

    @POST
    @Path("sections/{sectionId}/images/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Generate an image for a section", description = "As for the post; the prompt defaults to "
            + "the section's first image prompt (imagePrompts).")
    @APIResponse(responseCode = "201", description = "The generation, succeeded (with mediaId) or failed.",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = GenerationResponse.class)))
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the generation, status running, queued "
            + "for a background job; Location points at it. Its starter is notified of the outcome.",
            headers = {@Header(name = "Location"), @Header(name = "Preference-Applied")})
    @APIResponse(responseCode = "200", description = "Replayed: the generation this Idempotency-Key started.")
    @APIResponse(responseCode = "400", description = "No prompt, no format, not an image model, a malformed or "
            + "reused Idempotency-Key.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours), section, setting, style or format.")
    @APIResponse(responseCode = "409", description = "The key's generation is still running.")
    @APIResponse(responseCode = "402", description = "The plan's quota is used up (quota-exceeded: metric, "
            + "limit, used, resetsAt, upgradeUrl); nothing was sent to the provider.")
    public RestResponse<GenerationResponse> forSection(@PathParam("postId") PostId postId,
                                                       @PathParam("sectionId") String sectionId,
                                                       @Parameter(description = IdempotencyKeys.DOC)
                                                       @HeaderParam(IdempotencyKeys.HEADER) String key,
                                                       @Parameter(description = RespondAsync.DOC,
                                                               example = RespondAsync.TOKEN)
                                                       @HeaderParam(RespondAsync.PREFER) String prefer,
                                                       GenerationRequest body, @Context UriInfo uri) {
        UUID section = PathIds.uuid(sectionId, () -> new io.blogflow.workflow.domain.SectionNotFoundException(sectionId));
        return generate(postId, section, key, prefer, body, uri);
    }

    @GET
    @Path("images/generations")
    @PermissionsAllowed(READ)
    @Operation(summary = "The post's image generations, newest first", description = "Paged with page and size.")
    @APIResponse(responseCode = "200", description = "A page of generations.")
    @APIResponse(responseCode = "404", description = "No such post, or not yours.")
    public RestResponse<PageResponse<GenerationResponse>> history(@PathParam("postId") PostId postId,
                                                                  @QueryParam("page") String page,
                                                                  @QueryParam("size") String size,
                                                                  @Context UriInfo uri) {
        Page<ImageGeneration> found = images.history(postId, Paging.request(page, size), actor());
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, GenerationResponse::of))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("images/generations/{id}")
    @PermissionsAllowed(READ)
    @Operation(summary = "One image generation")
    @APIResponse(responseCode = "200", description = "The generation.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours) or generation.")
    public GenerationResponse get(@PathParam("postId") PostId postId, @PathParam("id") String id) {
        return GenerationResponse.of(images.get(postId,
                PathIds.uuid(id, () -> new NotFoundException("image-generation", id)), actor()));
    }

    private RestResponse<GenerationResponse> generate(PostId postId, UUID section, String key, String prefer,
                                                      GenerationRequest body, UriInfo uri) {
        GenerationRequest request = body == null ? new GenerationRequest(null, null, null, null, null, null) : body;
        var command = new GenerateImageUseCase.Command(postId, section, actor(), request.prompt(),
                request.settingId(), request.styleId(), request.formatId(), request.modelId(), request.altText(),
                IdempotencyKeys.parse(key));
        boolean async = RespondAsync.requested(prefer);
        Outcome outcome = async ? images.accept(command) : images.generate(command);
        GenerationResponse response = GenerationResponse.of(outcome.generation());
        URI location = uri.getBaseUriBuilder().path("api/v1/posts/{postId}/images/generations/{id}")
                .build(response.postId(), response.id());
        if (async && outcome.generation().status() == ImageGeneration.Status.RUNNING) {
            var accepted = RestResponse.ResponseBuilder.accepted(response).location(location)
                    .header(RespondAsync.APPLIED, RespondAsync.TOKEN);
            return (outcome.replayed() ? accepted.header("Idempotent-Replayed", "true") : accepted).build();
        }
        if (outcome.replayed()) {
            return RestResponse.ResponseBuilder.ok(response).header("Idempotent-Replayed", "true").build();
        }
        return RestResponse.ResponseBuilder.<GenerationResponse>created(location).entity(response).build();
    }

    private Actor actor() {
        return Actors.of(identity, Permissions.POSTS_MANAGE_ALL, Permissions.POSTS_PUBLISH);
    }
}
