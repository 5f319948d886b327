package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.ChangePostStatusUseCase;
import io.blogflow.blog.application.port.in.ChangePostStatusUseCase.Move;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Lifecycle moves as explicit actions, each with optimistic locking (If-Match):
 * {@code draft → pending_review → scheduled | published → archived}, {@code published → draft}. The review gate:
 * an author's publish or schedule of AI-generated text without an editor's current approval answers 200 with the post
 * in {@code pending_review} and {@code review.required = true}.
 */
@Path("/api/v1/posts/{id}")
@PermissionsAllowed(PostPermissions.WRITE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Posts")
@APIResponse(responseCode = "200", description = "The post in its new state; the ETag header carries the new version. "
        + "A publish or schedule held by the review gate answers 200 too, with status pending_review and "
        + "review.required true.")
@APIResponse(responseCode = "400", description = "Publishing requirements not met (content, meta description).")
@APIResponse(responseCode = "403", description = "Your role does not allow this move.")
@APIResponse(responseCode = "404", description = "No such post.")
@APIResponse(responseCode = "409", description = "The move is not possible from the post's current status.")
@APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
@APIResponse(responseCode = "428", description = "If-Match header missing.")
public class PostLifecycleResource {

    private final ChangePostStatusUseCase lifecycle;
    private final SecurityIdentity identity;

    private final PostRepresentations representations;

    public PostLifecycleResource(ChangePostStatusUseCase lifecycle, SecurityIdentity identity, PostRepresentations representations) {
        this.representations = representations;
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @Schema(name = "ScheduleRequest")
    record ScheduleRequest(@Schema(required = true, description = "Future instant, ISO-8601.") Instant scheduledAt) {
    }

    @POST
    @Path("submit-for-review")
    @Operation(summary = "Submit a draft for an editor's review")
    public RestResponse<PostResponse> submitForReview(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        return move(id, ifMatch, Move.SUBMIT_FOR_REVIEW, null);
    }

    @POST
    @Path("flag-for-review")
    @Operation(summary = "Send a post back to review (editors)")
    public RestResponse<PostResponse> flagForReview(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        return move(id, ifMatch, Move.FLAG_FOR_REVIEW, null);
    }

    @POST
    @Path("approve")
    @Operation(summary = "Approve the post's text for publication (editors)",
            description = "Records the editor's approval (review.approvedAt, review.approvedBy) of a draft, pending or "
                    + "scheduled post; the status stays. An author may then publish or schedule AI-generated text. "
                    + "The approval lapses when the title, content or excerpt change, or when an editor flags the "
                    + "post for review.")
    public RestResponse<PostResponse> approve(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        return move(id, ifMatch, Move.APPROVE, null);
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish now (authors: their own posts; editors: any)",
            description = "An author's publish of AI-generated text without an editor's current approval sends the "
                    + "post to pending_review instead (when BLOGFLOW_REVIEW_AI_GENERATED_REQUIRES_APPROVAL is on); "
                    + "an editor's publish approves it.")
    public RestResponse<PostResponse> publish(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        return move(id, ifMatch, Move.PUBLISH, null);
    }

    @POST
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish at a future time",
            description = "A job publishes due posts exactly once, even with several instances, and catches up "
                    + "posts that came due while no instance ran. Gated like publish: a held post goes to "
                    + "pending_review without its time; AI-generated text whose approval lapsed before the time "
                    + "comes goes to pending_review instead of being published.")
    public RestResponse<PostResponse> schedule(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch,
                                               ScheduleRequest body) {
        return move(id, ifMatch, Move.SCHEDULE, RequestBodies.required(body).scheduledAt());
    }

    @POST
    @Path("unpublish")
    @Operation(summary = "Take a published or scheduled post back to draft")
    public RestResponse<PostResponse> unpublish(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        return move(id, ifMatch, Move.UNPUBLISH, null);
    }

    @POST
    @Path("archive")
    @Operation(summary = "Archive a published post")
    public RestResponse<PostResponse> archive(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        return move(id, ifMatch, Move.ARCHIVE, null);
    }

    private RestResponse<PostResponse> move(PostId id, String ifMatch, Move move, Instant scheduledAt) {
        long expectedVersion = ETags.requiredVersion(ifMatch);
        Post post = lifecycle.move(new ChangePostStatusUseCase.Command(
                PostPermissions.actor(identity), id, expectedVersion, move, scheduledAt));
        return RestResponse.ResponseBuilder.ok(representations.editorial(post)).tag(ETags.of(post.version())).build();
    }
}
