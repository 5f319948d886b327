package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.adapter.rest.EditorialDtos.WorkspaceResponse;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostWorkspace;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/posts/{postId}/workspace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial workspace", description = "The planning fields and ordered sections a post owns, keyed by "
        + "the editorial field registry. Same access as the post: others' posts answer 404.")
public class PostWorkspaceResource {

    private final EditorialWorkspaceUseCase workspaces;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public PostWorkspaceResource(EditorialWorkspaceUseCase workspaces, SecurityIdentity identity, ObjectMapper json) {
        this.workspaces = workspaces;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @PermissionsAllowed(EditorialDtos.READ)
    @Operation(summary = "A post's planning fields", description = "A post nobody has planned yet has an empty "
            + "workspace at version 0.")
    @APIResponse(responseCode = "200", description = "The workspace; ETag carries its version.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such post (or not yours).")
    public RestResponse<WorkspaceResponse> get(@PathParam("postId") PostId postId) {
        return withETag(workspaces.workspace(postId, EditorialDtos.actor(identity)));
    }

    @PATCH
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change planning fields (JSON Merge Patch, RFC 7396, over the fields object)",
            description = "The body is a merge patch of the workspace's fields: keys present replace the value, "
                    + "null clears the field, absent keys stay. Every key must be a post field of the registry.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    description = EditorialDtos.FIELDS_DOC)))
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "Unknown field key, wrong type or too long (field errors "
            + "name the field).")
    @APIResponse(responseCode = "404", description = "No such post (or not yours).")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one.")
    @APIResponse(responseCode = "428", description = "If-Match header missing.")
    public RestResponse<WorkspaceResponse> patch(@PathParam("postId") PostId post,
                                                 @Parameter(description = EditorialDtos.IF_MATCH_DOC)
                                                 @HeaderParam("If-Match") String ifMatch,
                                                 String body) throws JsonProcessingException {
        long expected = ETags.requiredVersion(ifMatch);
        var actor = EditorialDtos.actor(identity);
        PostWorkspace current = workspaces.workspace(post, actor);
        if (current.version() != expected) {
            throw new StaleVersionException("workspace", current.version());
        }
        var fields = EditorialDtos.merge(json, EditorialField.Scope.POST, current.fields().values(), body);
        return withETag(workspaces.updateWorkspace(post, actor, expected, fields));
    }

    private static RestResponse<WorkspaceResponse> withETag(PostWorkspace workspace) {
        return RestResponse.ResponseBuilder.ok(WorkspaceResponse.of(workspace)).tag(ETags.of(workspace.version()))
                .build();
    }
}
