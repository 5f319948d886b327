package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The tags of one post. */
@Path("/api/v1/posts/{id}/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class PostTagResource {

    private final TagsUseCase tags;
    private final SecurityIdentity identity;

    public PostTagResource(TagsUseCase tags, SecurityIdentity identity) {
        this.tags = tags;
        this.identity = identity;
    }

    @Schema(name = "TagAssignment")
    record TagAssignment(@Schema(required = true, maxItems = 20, description = "Tag names; unknown ones are created.")
                         List<String> tags) {
    }

    @GET
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "A post's tags")
    @APIResponse(responseCode = "200", description = "The tags, by name.")
    @APIResponse(responseCode = "404", description = "No such post.")
    public List<TagResource.TagResponse> tagsOf(@PathParam("id") PostId id) {
        return tags.tagsOf(id, PostPermissions.actor(identity)).stream().map(TagResource.TagResponse::from).toList();
    }

    @PUT
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Set a post's tags", description = "The list replaces the post's tags; names are matched "
            + "ignoring case, unknown ones are created. Usage counts stay exact under concurrent tagging.")
    @APIResponse(responseCode = "200", description = "The post's tags now.")
    @APIResponse(responseCode = "400", description = "More than 20 tags, or an empty or over-long name.")
    @APIResponse(responseCode = "404", description = "No such post.")
    public List<TagResource.TagResponse> tagPost(@PathParam("id") PostId id, TagAssignment body) {
        return tags.tagPost(id, RequestBodies.required(body).tags(), PostPermissions.actor(identity))
                .stream().map(TagResource.TagResponse::from).toList();
    }
}
