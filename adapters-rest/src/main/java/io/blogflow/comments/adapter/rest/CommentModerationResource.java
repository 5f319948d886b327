package io.blogflow.comments.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.adapter.rest.CommentRepresentations.ModeratedComment;
import io.blogflow.comments.adapter.rest.CommentRepresentations.ModeratedCommentPage;
import io.blogflow.comments.application.port.in.ModerateCommentsUseCase;
import io.blogflow.comments.application.port.in.ModerateCommentsUseCase.Bulk;
import io.blogflow.comments.application.port.in.ModerateCommentsUseCase.Moderated;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentNotFoundException;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.comments.domain.ModerationAction;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Permissions.POSTS_WRITE)
@Tag(name = "Comment moderation", description = "The moderation queue: editors see every post's comments, authors "
        + "their own posts'. Every change is in the audit log.")
public class CommentModerationResource {

    static final String COMMENT_EXAMPLE = """
            {"id": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60", "postId": "0190d6a2-0000-7000-8000-000000000001",
             "postTitle": "Tides", "parentId": null, "depth": 1, "state": "pending", "spamReasons": [],
             "moderationReasons": ["Insults the author of the post"],
             "authorName": "Ada", "authorEmail": "ada@example.org", "authorUrl": null, "userId": null,
             "body": "Lovely *tides*.", "bodyHtml": "<p>Lovely <em>tides</em>.</p>",
             "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z", "version": 0}""";

    private final ModerateCommentsUseCase moderation;
    private final SecurityIdentity identity;

    public CommentModerationResource(ModerateCommentsUseCase moderation, SecurityIdentity identity) {
        this.moderation = moderation;
        this.identity = identity;
    }

    @Schema(name = "BulkModeration")
    public record BulkRequest(@Schema(required = true, description = "1 to 100 comment ids") List<String> ids,
                              @Schema(required = true, enumeration = {"approve", "spam", "trash", "restore"})
                              String action) {
    }

    @Schema(name = "BulkModerationResult")
    public record BulkResponse(List<UUID> changed, List<UUID> unchanged, List<UUID> notFound) {
    }

    @Schema(name = "CommentEdit")
    public record EditRequest(@Schema(required = true) String body) {
    }

    @GET
    @Operation(operationId = "listCommentsForModeration", summary = "The moderation queue, newest first",
            description = "state is pending (default), approved, spam or trash; postId narrows to one post.")
    @APIResponse(responseCode = "200", description = "A page of comments.",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ModeratedCommentPage.class), examples = @ExampleObject(name = "queue",
                    value = "{\"items\": [" + COMMENT_EXAMPLE + "], \"page\": 1, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "Unknown state, bad page or size.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No posts:write permission.",
            content = @Content(mediaType = "application/problem+json"))
    public Response queue(@Parameter(schema = @Schema(enumeration = {"pending", "approved", "spam", "trash"}))
                          @QueryParam("state") String state, @QueryParam("postId") String postId,
                          @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        var v = new Validation();
        CommentState wanted = v.field("state", () -> state == null || state.isBlank() ? CommentState.PENDING
                : CommentState.parse(state));
        Optional<PostId> post = postId == null || postId.isBlank() ? Optional.empty()
                : Optional.ofNullable(v.field("postId", () -> PostId.parse(postId).orElseThrow(() ->
                new InvalidValueException("postId.invalid", "postId is a post id."))));
        v.throwIfInvalid();
        Page<Moderated> found = moderation.queue(actor(), wanted, post, Paging.request(page, size));
        return Response.ok(PageResponse.of(found, ModeratedComment::of)).links(Paging.links(found, uri)).build();
    }

    @POST
    @Path("{id}/{action: approve|spam|trash|restore}")
    @Operation(operationId = "moderateComment", summary = "Approve, mark as spam, trash or restore a comment",
            description = "Idempotent (doing it twice changes nothing more). Restore brings a spam or trashed "
                    + "comment back to the state it had before (pending if it came in as spam). If-Match is optional; when sent it must "
                    + "name the current version.")
    @APIResponse(responseCode = "200", description = "The comment as it is now.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ModeratedComment.class), examples = @ExampleObject(name = "comment", value = COMMENT_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No posts:write permission.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such comment on a post of yours.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Restore of a comment that is neither spam nor trashed.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version.",
            content = @Content(mediaType = "application/problem+json"))
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
                        @HeaderParam("If-Match") String ifMatch) {
        Optional<Long> version = ifMatch == null || ifMatch.isBlank() ? Optional.empty()
                : Optional.of(ETags.requiredVersion(ifMatch));
        Moderated moderated = moderation.act(actor(), commentId(id), ModerationAction.parse(action), version);
        return Response.ok(ModeratedComment.of(moderated)).tag(ETags.of(moderated.comment().version())).build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateCommentsInBulk", summary = "One action on up to 100 comments at once",
            description = "All in one transaction; ids that are unknown or not on your posts are listed in "
                    + "notFound and nothing is done to them.")
    @APIResponse(responseCode = "200", description = "What changed.",
            content = @Content(schema = @Schema(implementation = BulkResponse.class), examples = @ExampleObject(name = "result", value = """
                    {"changed": ["0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60"], "unchanged": [], "notFound": []}""")))
    @APIResponse(responseCode = "400", description = "No ids, more than 100, or an unknown action.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No posts:write permission.",
            content = @Content(mediaType = "application/problem+json"))
    public BulkResponse bulk(BulkRequest request) {
        BulkRequest body = RequestBodies.required(request);
        var v = new Validation();
        ModerationAction action = v.field("action", () -> ModerationAction.parse(body.action()));
        List<CommentId> ids = v.field("ids", () -> ids(body.ids()));
        v.throwIfInvalid();
        Bulk result = moderation.bulk(actor(), ids, action);
        return new BulkResponse(values(result.changed()), values(result.unchanged()), values(result.notFound()));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "editComment", summary = "Correct a comment's text",
            description = "Needs If-Match with the version read (428 without, 412 when stale).")
    @APIResponse(responseCode = "200", description = "The edited comment.", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ModeratedComment.class), examples = @ExampleObject(name = "comment", value = COMMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An empty or too long body.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No posts:write permission.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such comment on a post of yours.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "Stale If-Match.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "No If-Match.",
            content = @Content(mediaType = "application/problem+json"))
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, EditRequest request) {
        long version = ETags.requiredVersion(ifMatch);
        EditRequest body = RequestBodies.required(request);
        Moderated edited = moderation.edit(actor(), commentId(id), body.body(), version);
        return Response.ok(ModeratedComment.of(edited)).tag(ETags.of(edited.comment().version())).build();
    }

    private Actor actor() {
        return Actors.of(identity, Permissions.POSTS_MANAGE_ALL, Permissions.POSTS_PUBLISH);
    }

    private static CommentId commentId(String raw) {
        return CommentId.parse(raw).orElseThrow(() -> new CommentNotFoundException(raw));
    }

    private static List<CommentId> ids(List<String> raw) {
        if (raw == null || raw.isEmpty() || raw.size() > ModerateCommentsUseCase.MAX_BULK) {
            throw new InvalidValueException("ids.size", "ids lists 1 to " + ModerateCommentsUseCase.MAX_BULK
                    + " comment ids.");
        }
        List<CommentId> ids = new ArrayList<>();
        for (String id : raw) {
            ids.add(CommentId.parse(id).orElseThrow(() ->
                    new InvalidValueException("ids.invalid", "ids holds comment ids; '" + id + "' is not one.")));
        }
        return ids;
    }

    private static List<UUID> values(List<CommentId> ids) {
        return ids.stream().map(CommentId::value).toList();
    }
}
