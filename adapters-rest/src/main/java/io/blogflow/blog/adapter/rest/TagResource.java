package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.blog.domain.TagNotFoundException;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** Tags as such: the public list, and merging and deleting (editors). */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags",
        description = "Tag posts (tags are created on first use); editors merge and delete tags.")
public class TagResource {

    private final TagsUseCase tags;
    private final SecurityIdentity identity;

    public TagResource(TagsUseCase tags, SecurityIdentity identity) {
        this.tags = tags;
        this.identity = identity;
    }

    @Schema(name = "Tag")
    record TagResponse(@Schema(required = true) UUID id,
                       String name,
                       String slug,
                       @Schema(required = true, description = "Posts carrying the tag.")
                       int usageCount) {

        static TagResponse from(io.blogflow.blog.domain.Tag tag) {
            return new TagResponse(tag.id(), tag.name(), tag.slug().value(), tag.usageCount());
        }
    }

    @Schema(name = "TagMerge")
    record TagMerge(@Schema(required = true, description = "Id of the tag that absorbs this one.") UUID into) {
    }

    @POST
    @Path("{id}/merge")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Merge a tag into another (editors)", description = "Every post of this tag gets the "
            + "other one; this tag is removed.")
    @APIResponse(responseCode = "200", description = "The absorbing tag, with its new usage count.")
    @APIResponse(responseCode = "403", description = "Only editors and admins merge tags.")
    @APIResponse(responseCode = "404", description = "No such tag.")
    public TagResponse merge(@PathParam("id") String id, TagMerge body) {
        return TagResponse.from(tags.merge(tagId(id), RequestBodies.requiredField(RequestBodies.required(body).into(), "into"),
                PostPermissions.actor(identity)));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Delete a tag (editors)", description = "Posts lose the tag; posts themselves stay.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", description = "Only editors and admins delete tags.")
    @APIResponse(responseCode = "404", description = "No such tag.")
    public RestResponse<Void> delete(@PathParam("id") String id) {
        tags.delete(tagId(id), PostPermissions.actor(identity));
        return RestResponse.noContent();
    }

    private static UUID tagId(String raw) {
        return PathIds.uuid(raw, () -> new TagNotFoundException(raw));
    }
}
