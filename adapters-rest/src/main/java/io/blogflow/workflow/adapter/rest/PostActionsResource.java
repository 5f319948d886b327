package io.blogflow.workflow.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.adapter.rest.ActionDtos.OfferedResponse;
import io.blogflow.workflow.application.port.in.PostActionsUseCase;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/posts/{postId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Post workflow progress")
public class PostActionsResource {

    private final PostActionsUseCase actions;
    private final SecurityIdentity identity;

    public PostActionsResource(PostActionsUseCase actions, SecurityIdentity identity) {
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    @PermissionsAllowed(EditorialDtos.READ)
    @Operation(summary = "The actions the post offers at its current sub-stage", description = "The sub-stage's "
            + "default action first (isDefault), then the buttons of its active steps, steps and buttons in order. "
            + "Disabled actions and buttons of retired steps are not offered.")
    @APIResponse(responseCode = "200", description = "The offered actions.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours).")
    public List<OfferedResponse> offered(@PathParam("postId") PostId postId) {
        return actions.offered(postId, EditorialDtos.actor(identity)).stream()
                .map(OfferedResponse::of).toList();
    }
}
