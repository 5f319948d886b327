package io.blogflow.comments.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.comments.adapter.rest.CommentRepresentations.PublicComment;
import io.blogflow.comments.adapter.rest.CommentRepresentations.PublicCommentPage;
import io.blogflow.comments.adapter.rest.CommentRepresentations.SubmittedComment;
import io.blogflow.comments.application.port.in.CommentFormUseCase;
import io.blogflow.comments.application.port.in.PublicCommentsUseCase;
import io.blogflow.comments.application.port.in.PublicCommentsUseCase.Stamp;
import io.blogflow.comments.application.port.in.SubmitCommentCommand;
import io.blogflow.comments.application.port.in.SubmitCommentUseCase;
import io.blogflow.comments.domain.Comment;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.application.port.out.RequestOrigins;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/posts/{postId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public comments", description = "Readers' comments on published posts: the approved thread, the "
        + "comment form's token, and posting (pre-moderated by default).")
public class PublicCommentResource {

    static final String THREAD_EXAMPLE = """
            {"items": [{"id": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60", "parentId": null, "deleted": false,
              "authorName": "Ada", "authorUrl": "https://ada.example", "bodyHtml": "<p>Lovely <em>tides</em>.</p>",
              "createdAt": "2026-01-05T10:00:00Z", "replies": [{"id": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f61",
              "parentId": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60", "deleted": true, "authorName": null,
              "authorUrl": null, "bodyHtml": null, "createdAt": "2026-01-05T11:00:00Z", "replies": []}]}],
             "page": 1, "size": 20, "total": 1, "approvedCount": 1, "open": true}""";
    static final String SUBMIT_EXAMPLE = """
            {"authorName": "Ada", "authorEmail": "ada@example.org", "authorUrl": "https://ada.example",
             "body": "Lovely *tides*.", "parentId": null, "notifyOnReply": true, "homepage": "",
             "formToken": "1767607200.q7cX0n1XvC4rS4m1mH0bq1mKc2n7vJ4Yw3o9yF1dPZk"}""";

    private final SubmitCommentUseCase submit;
    private final PublicCommentsUseCase comments;
    private final CommentFormUseCase form;
    private final SecurityIdentity identity;
    private final RequestOrigins origins;

    public PublicCommentResource(SubmitCommentUseCase submit, PublicCommentsUseCase comments, CommentFormUseCase form,
                                 SecurityIdentity identity, RequestOrigins origins) {
        this.submit = submit;
        this.comments = comments;
        this.form = form;
        this.identity = identity;
        this.origins = origins;
    }

    @Schema(name = "CommentSubmission")
    public record CommentRequest(
            @Schema(required = true, maxLength = 80) String authorName,
            @Schema(description = "Required unless signed in; never shown publicly.", maxLength = 254)
            String authorEmail,
            @Schema(description = "Optional http(s) website.", maxLength = 300) String authorUrl,
            @Schema(required = true, description = "Markdown subset: emphasis, code, quotes, lists, links.")
            String body,
            @Schema(nullable = true, description = "The approved comment this replies to.") String parentId,
            @Schema(description = "Email me (or notify me, signed in) when someone replies.") Boolean notifyOnReply,
            @Schema(description = "Honeypot: leave empty (hidden from people; bots fill it in).") String homepage,
            @Schema(description = "From GET …/comments/form; a comment sent too soon after it, or without it, "
                    + "goes to the spam queue.") String formToken) {
    }

    @Schema(name = "CommentForm")
    public record FormResponse(@Schema(required = true) boolean open,
                               String formToken,
                               Instant issuedAt,
                               Instant submitAfter,
                               Instant expiresAt) {
    }

    @GET
    @Operation(operationId = "listPublicComments", summary = "A post's approved comments as a tree",
            description = "Paged by top-level comment (page/size), oldest or newest first (order); replies come "
                    + "under their parent, oldest first. A removed comment that has replies stays as a tombstone. "
                    + "Revalidate with If-None-Match: the ETag changes with any change to the post's comments.")
    @APIResponse(responseCode = "200", description = "A page of threads.",
            headers = {@Header(name = "ETag"), @Header(name = "Link", description = "RFC 8288 page links",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PublicCommentPage.class),
                    examples = @ExampleObject(name = "thread", value = THREAD_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Bad page, size or order.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No published post with this id.",
            content = @Content(mediaType = "application/problem+json"))
    public Response thread(@PathParam("postId") String postId,
                           @Parameter(schema = @Schema(enumeration = {"oldest", "newest"}, defaultValue = "oldest"))
                           @QueryParam("order") String order,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @HeaderParam("If-None-Match") String ifNoneMatch, @Context UriInfo uri) {
        PostId post = post(postId);
        var v = new Validation();
        Boolean newestFirst = v.field("order", () -> newestFirst(order));
        v.throwIfInvalid();
        PageRequest pageRequest = Paging.request(page, size);
        Stamp stamp = comments.stamp(post);
        EntityTag tag = new EntityTag("c" + stamp.revision() + "-" + (stamp.open() ? "o" : "c") + "-"
                + (newestFirst ? "n" : "o") + "-" + pageRequest.page() + "-" + pageRequest.size(), true);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        if (ifNoneMatch != null && ifNoneMatch.contains(tag.toString().substring(2))) {
            return Response.notModified(tag).cacheControl(cache).build();
        }
        Page<io.blogflow.comments.domain.ThreadNode> found = comments.thread(post, newestFirst, pageRequest);
        PublicCommentPage body = new PublicCommentPage(found.items().stream().map(PublicComment::of).toList(),
                found.page(), found.size(), found.total(), stamp.approved(), stamp.open());
        return Response.ok(body).tag(tag).cacheControl(cache).links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("form")
    @Operation(operationId = "getCommentForm", summary = "The comment form's token",
            description = "Fetch when showing the form; send formToken back with the comment. Submitting before "
                    + "submitAfter or after expiresAt, or without a genuine token, sends the comment to spam.")
    @APIResponse(responseCode = "200", description = "Whether comments are open, and a fresh token.",
            content = @Content(schema = @Schema(implementation = FormResponse.class)))
    @APIResponse(responseCode = "404", description = "No published post with this id.",
            content = @Content(mediaType = "application/problem+json"))
    public Response form(@PathParam("postId") String postId) {
        CommentFormUseCase.Form found = form.form(post(postId));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new FormResponse(found.open(), found.formToken(), found.issuedAt(), found.submitAfter(),
                found.expiresAt())).cacheControl(noStore).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postComment", summary = "Post a comment or a reply",
            description = "Anonymous readers give a name and an email (never shown); signed-in users may send a "
                    + "bearer token. The answer says approved (published) or pending (awaits moderation: "
                    + "pre-moderation, the spam rules, or the optional LLM moderation check holding it). Rate "
                    + "limited per visitor (account, X-Visitor-Key or email) and per address.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment", value = SUBMIT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored.",
            headers = @Header(name = "Location", description = "The post's public thread"),
            content = @Content(schema = @Schema(implementation = SubmittedComment.class),
                    examples = @ExampleObject(name = "pending", value = """
                            {"id": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60",
                             "postId": "0190d6a2-0000-7000-8000-000000000001", "parentId": null, "state": "pending",
                             "message": "Your comment awaits moderation.", "authorName": "Ada",
                             "bodyHtml": "<p>Lovely <em>tides</em>.</p>", "createdAt": "2026-01-05T10:00:00Z"}""")))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), a reply too deep or to an "
            + "unknown comment.", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No published post with this id.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Comments on this post are closed (comments-closed).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many comments from this visitor or address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = "application/problem+json"))
    public Response post(@PathParam("postId") String postId, CommentRequest request,
                         @Parameter(description = "The reader's own random visitor key")
                         @HeaderParam("X-Visitor-Key") String visitorKey) {
        PostId post = post(postId);
        CommentRequest body = request == null
                ? new CommentRequest(null, null, null, null, null, null, null, null) : request;
        Comment stored = submit.submit(new SubmitCommentCommand(post, signedIn(), body.authorName(),
                body.authorEmail(), body.authorUrl(), body.body(), body.parentId(),
                Boolean.TRUE.equals(body.notifyOnReply()), body.homepage(), body.formToken(),
                Optional.ofNullable(origins.current().ip()), Optional.ofNullable(visitorKey)));
        return Response.created(URI.create("/api/v1/public/posts/" + post + "/comments"))
                .entity(SubmittedComment.of(stored)).build();
    }

    private Optional<UserId> signedIn() {
        return identity.isAnonymous() ? Optional.empty() : UserId.parse(identity.getPrincipal().getName());
    }

    private static PostId post(String raw) {
        return PostId.parse(raw).orElseThrow(() -> new PostNotFoundException(raw));
    }

    private static boolean newestFirst(String order) {
        if (order == null || order.isBlank() || order.equals("oldest")) {
            return false;
        }
        if (order.equals("newest")) {
            return true;
        }
        throw new InvalidValueException("order.unknown", "order is oldest or newest.");
    }
}
