package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.CreatePostCommand;
import io.blogflow.blog.application.port.in.CreatePostUseCase;
import io.blogflow.blog.application.port.in.DeletePostCommand;
import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.in.ListPostsUseCase;
import io.blogflow.blog.application.port.in.UpdatePostCommand;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.Problem;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "Drafting posts: create, read, list, replace or merge-patch with optimistic "
        + "locking, delete. "
        + "Contributors and authors reach their own posts only (others' answer 404); editors and admins reach all.")
@APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields or query parameters.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected server error (logged with the request id).",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PostResource {

    private static final String IF_MATCH_DOC = "ETag of the version being changed, e.g. \"3\". Required.";

    private final CreatePostUseCase createPost;
    private final GetPostUseCase getPost;
    private final ListPostsUseCase listPosts;
    private final UpdatePostUseCase updatePost;
    private final DeletePostUseCase deletePost;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    private final PostRepresentations representations;

    public PostResource(CreatePostUseCase createPost, GetPostUseCase getPost, ListPostsUseCase listPosts,
                        UpdatePostUseCase updatePost, DeletePostUseCase deletePost, SecurityIdentity identity,
                        ObjectMapper json, PostRepresentations representations) {
        this.representations = representations;
        this.json = json;
        this.identity = identity;
        this.createPost = createPost;
        this.getPost = getPost;
        this.listPosts = listPosts;
        this.updatePost = updatePost;
        this.deletePost = deletePost;
    }

    @POST
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Create a draft post", description = "The caller becomes its author.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is used by another post.")
    @APIResponse(responseCode = "413", description = "Request body too large.")
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json.")
    public RestResponse<PostResponse> create(PostRequest body, @Context UriInfo uri) {
        PostRequest request = RequestBodies.required(body);
        Post post = createPost.create(new CreatePostCommand(actor(), request.values()));
        return RestResponse.ResponseBuilder.<PostResponse>created(
                        uri.getAbsolutePathBuilder().path(post.id().toString()).build())
                .tag(ETags.of(post.version()))
                .entity(representations.editorial(post))
                .build();
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "Read a post")
    @APIResponse(responseCode = "200", description = "The post; the ETag header carries its version.",
            headers = @Header(name = "ETag"), content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", description = "No such post.")
    public RestResponse<PostResponse> get(@PathParam("id") PostId id) {
        return withETag(getPost.get(id, actor()));
    }

    @GET
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "List posts, newest first", description = "One's own posts; all posts for editors.")
    @APIResponse(responseCode = "200", description = "One page of posts; the Link header has first/prev/next/last.",
            headers = @Header(name = "Link"))
    public RestResponse<PageResponse<PostResponse>> list(
            @Parameter(description = "1-based page number.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, capped at 100.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        Page<Post> posts = listPosts.list(Paging.request(page, size), actor());
        return RestResponse.ResponseBuilder.ok(representations.editorial(posts))
                .links(Paging.links(posts, uri))
                .build();
    }

    @PUT
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Replace the editable fields of a post",
            description = "Optimistic locking: send the post's ETag in If-Match. A missing If-Match is 428; "
                    + "a stale one is 412 with the current version in the problem body.")
    @APIResponse(responseCode = "200", description = "Updated; the ETag header carries the new version.",
            headers = @Header(name = "ETag"), content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", description = "No such post.")
    @APIResponse(responseCode = "409", description = "The explicit slug is used by another post.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "413", description = "Request body too large.")
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<PostResponse> update(@PathParam("id") PostId id,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           PostRequest body) {
        long expectedVersion = ETags.requiredVersion(ifMatch);
        PostRequest request = RequestBodies.required(body);
        return withETag(updatePost.update(new UpdatePostCommand(actor(), id, expectedVersion, request.values(),
                request.reason())));
    }

    @PATCH
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a post (JSON Merge Patch, RFC 7396)",
            description = "Fields present replace the current ones, null clears a field (an excerpt cleared is "
                    + "derived from the body again), absent fields stay. Same rules, locking and revision as PUT.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PostRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated; the ETag header carries the new version.",
            headers = @Header(name = "ETag"), content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", description = "No such post.")
    @APIResponse(responseCode = "409", description = "The explicit slug is used by another post.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<PostResponse> patch(@PathParam("id") PostId id,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           String body) throws JsonProcessingException {
        long expectedVersion = ETags.requiredVersion(ifMatch);
        Post current = getPost.get(id, actor());
        current.requireVersion(expectedVersion);
        PostRequest patched = MergePatch.apply(json, PostRequest.of(current), body, PostRequest.class);
        return withETag(updatePost.update(new UpdatePostCommand(actor(), id, expectedVersion, patched.values(),
                patched.reason())));
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Move a post to the trash",
            description = "Needs the post's ETag in If-Match, like every write. Trashed posts disappear from reads, "
                    + "lists and the public API until restored; their slug stays reserved.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such post.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<Void> delete(@PathParam("id") PostId id,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch) {
        deletePost.delete(new DeletePostCommand(actor(), id, ETags.requiredVersion(ifMatch)));
        return RestResponse.noContent();
    }

    private RestResponse<PostResponse> withETag(Post post) {
        return RestResponse.ResponseBuilder.ok(representations.editorial(post)).tag(ETags.of(post.version())).build();
    }

    private Actor actor() {
        return PostPermissions.actor(identity);
    }
}
