package io.blogflow.workflow.adapter.rest;

import static io.blogflow.workflow.domain.WorkflowLevel.STEP;
import static io.blogflow.workflow.domain.WorkflowLevel.SUB_STAGE;

import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.workflow.adapter.rest.ActionDtos.ButtonOrderRequest;
import io.blogflow.workflow.adapter.rest.ActionDtos.ButtonRequest;
import io.blogflow.workflow.adapter.rest.ActionDtos.ButtonResponse;
import io.blogflow.workflow.adapter.rest.ActionDtos.DefaultActionRequest;
import io.blogflow.workflow.application.port.in.ActionButtonsUseCase;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow definition")
public class ActionButtonResource {

    private final ActionButtonsUseCase buttons;
    private final SecurityIdentity identity;

    public ActionButtonResource(ActionButtonsUseCase buttons, SecurityIdentity identity) {
        this.buttons = buttons;
        this.identity = identity;
    }

    @GET
    @Path("steps/{stepId}/actions")
    @PermissionsAllowed(WorkflowResource.READ)
    @Operation(summary = "A step's action buttons, by position")
    @APIResponse(responseCode = "200", description = "The buttons, positions 1..n.")
    @APIResponse(responseCode = "404", description = "No such step.")
    public List<ButtonResponse> list(@PathParam("stepId") @ItemOf(STEP) WorkflowItemId stepId) {
        return buttons.buttons(stepId).stream().map(ButtonResponse::of).toList();
    }

    @POST
    @Path("steps/{stepId}/actions")
    @RolesAllowed(WorkflowResource.ADMIN)
    @Operation(summary = "Add an action button to a step (admins)", description = "At position (1..n+1, default "
            + "last); later buttons move down.")
    @APIResponse(responseCode = "201", description = "Created; Location is set.", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ButtonResponse.class)))
    @APIResponse(responseCode = "400", description = "label.invalid, position.out-of-range, action.unknown.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such step.")
    @APIResponse(responseCode = "409", description = "The step is retired (step.retired).")
    public RestResponse<ButtonResponse> add(@PathParam("stepId") @ItemOf(STEP) WorkflowItemId step,
                                            ButtonRequest body, @Context UriInfo uri) {
        ButtonRequest request = RequestBodies.required(body);
        ActionButton added = buttons.add(ActionDtos.user(identity), step,
                request.actionId() == null ? null : new ActionId(request.actionId()), request.label(),
                request.position());
        return RestResponse.ResponseBuilder.<ButtonResponse>created(
                        uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(ButtonResponse.of(added)).build();
    }

    @DELETE
    @Path("steps/{stepId}/actions/{buttonId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(WorkflowResource.ADMIN)
    @Operation(summary = "Remove an action button (admins)", description = "Later buttons move up.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such step or button (button-not-found).")
    public RestResponse<Void> remove(@PathParam("stepId") @ItemOf(STEP) WorkflowItemId step,
                                     @PathParam("buttonId") String buttonId) {
        buttons.remove(ActionDtos.user(identity), step, ActionDtos.buttonId(buttonId));
        return RestResponse.noContent();
    }

    @PUT
    @Path("steps/{stepId}/actions/order")
    @RolesAllowed(WorkflowResource.ADMIN)
    @Operation(summary = "Reorder a step's buttons (admins)", description = "ids is the full new order: exactly the "
            + "step's button ids, each once; applied atomically.")
    @APIResponse(responseCode = "200", description = "The buttons in their new order.")
    @APIResponse(responseCode = "400", description = "ids.required, ids.duplicate, ids.not-the-buttons.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such step.")
    @APIResponse(responseCode = "409", description = "The step is retired.")
    public List<ButtonResponse> reorder(@PathParam("stepId") @ItemOf(STEP) WorkflowItemId step,
                                        ButtonOrderRequest body) {
        List<UUID> ids = RequestBodies.required(body).ids();
        return buttons.reorder(ActionDtos.user(identity), step, ids).stream().map(ButtonResponse::of).toList();
    }

    @GET
    @Path("sub-stages/{id}/default-action")
    @PermissionsAllowed(WorkflowResource.READ)
    @Operation(summary = "A sub-stage's default action")
    @APIResponse(responseCode = "200", description = "{\"actionId\": …}, null when it has none.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    public Map<String, UUID> defaultAction(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId id) {
        Map<String, UUID> body = new java.util.HashMap<>();
        body.put("actionId", buttons.defaultAction(id).map(ActionId::value).orElse(null));
        return body;
    }

    @PUT
    @Path("sub-stages/{id}/default-action")
    @RolesAllowed(WorkflowResource.ADMIN)
    @Operation(summary = "Set a sub-stage's default action (admins)")
    @APIResponse(responseCode = "204", description = "Set.")
    @APIResponse(responseCode = "400", description = "action.unknown.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    @APIResponse(responseCode = "409", description = "The sub-stage is retired (sub-stage.retired).")
    public RestResponse<Void> setDefaultAction(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId subStage,
                                               DefaultActionRequest body) {
        UUID action = RequestBodies.required(body).actionId();
        buttons.setDefaultAction(ActionDtos.user(identity), subStage, action == null ? null : new ActionId(action));
        return RestResponse.noContent();
    }

    @DELETE
    @Path("sub-stages/{id}/default-action")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(WorkflowResource.ADMIN)
    @Operation(summary = "Clear a sub-stage's default action (admins)", description = "Idempotent.")
    @APIResponse(responseCode = "204", description = "It has none now.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    public RestResponse<Void> clearDefaultAction(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId id) {
        buttons.clearDefaultAction(ActionDtos.user(identity), id);
        return RestResponse.noContent();
    }
}
