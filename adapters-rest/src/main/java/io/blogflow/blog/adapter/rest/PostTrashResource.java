package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.PostTrashUseCase;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.Roles;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Deleted posts wait in the trash: list, restore, or (admins) delete them for good. */
@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Posts")
public class PostTrashResource {

    private final PostTrashUseCase trash;
    private final SecurityIdentity identity;

    private final PostRepresentations representations;

    public PostTrashResource(PostTrashUseCase trash, SecurityIdentity identity, PostRepresentations representations) {
        this.representations = representations;
        this.trash = trash;
        this.identity = identity;
    }

    @GET
    @Path("trash")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "Posts in the trash, most recently deleted first (one's own; editors: all)")
    @APIResponse(responseCode = "200", description = "One page of trashed posts.")
    public RestResponse<PageResponse<PostResponse>> list(@QueryParam("page") String page,
                                                         @QueryParam("size") String size, @Context UriInfo uri) {
        Page<Post> trashed = trash.list(Paging.request(page, size), PostPermissions.actor(identity));
        return RestResponse.ResponseBuilder.ok(representations.editorial(trashed))
                .links(Paging.links(trashed, uri)).build();
    }

    @POST
    @Path("{id}/restore-from-trash")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Take a post out of the trash", description = "Needs the post's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The restored post; ETag has its new version.")
    @APIResponse(responseCode = "404", description = "No such post in the trash.")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<PostResponse> restore(@PathParam("id") PostId id, @HeaderParam("If-Match") String ifMatch) {
        Post post = trash.restore(id, ETags.requiredVersion(ifMatch), PostPermissions.actor(identity));
        return RestResponse.ResponseBuilder.ok(representations.editorial(post)).tag(ETags.of(post.version())).build();
    }

    @DELETE
    @Path("{id}/permanently")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a trashed post for good (admins)", description = "Its revisions and redirects go too.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such post in the trash.")
    public RestResponse<Void> deletePermanently(@PathParam("id") PostId id) {
        trash.deletePermanently(id, PostPermissions.actor(identity));
        return RestResponse.noContent();
    }
}
