package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.adapter.rest.ActionDtos.ActionRequest;
import io.blogflow.workflow.adapter.rest.ActionDtos.ActionResponse;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LLM actions", description = "Prompt + model → an editorial field. Writers read; editors and admins "
        + "write (If-Match on PATCH and DELETE); audited.")
public class ActionResource {

    private final LlmActionsUseCase actions;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public ActionResource(LlmActionsUseCase actions, SecurityIdentity identity, ObjectMapper json) {
        this.actions = actions;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @PermissionsAllowed(ActionDtos.READ_ACTIONS)
    @Operation(summary = "Actions by name, paged")
    @APIResponse(responseCode = "200", description = "One page; the Link header has first/prev/next/last.",
            headers = @Header(name = "Link"))
    public RestResponse<PageResponse<ActionResponse>> list(
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageParams.answer(actions.list(paging.request()), ActionResponse::of, uri);
    }

    @POST
    @RolesAllowed({ActionDtos.EDITOR, ActionDtos.ADMIN})
    @Operation(summary = "Define an action (editors, admins)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    @APIResponse(responseCode = "400", description = "Field errors: name.invalid, prompt.unknown, "
            + "prompt.field-not-readable, model.required, model.unknown, temperature.out-of-range, "
            + "max-tokens.out-of-range, timeout-millis.out-of-range, inputs.unknown-field, inputs.not-readable, "
            + "output.required, output.unknown-field.")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "409", description = "Name taken (action.name-taken).")
    public RestResponse<ActionResponse> create(ActionRequest body, @Context UriInfo uri) {
        LlmAction created = actions.create(ActionDtos.user(identity), RequestBodies.required(body).values());
        return RestResponse.ResponseBuilder.<ActionResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ActionResponse.of(created)).build();
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(ActionDtos.READ_ACTIONS)
    @Operation(summary = "One action")
    @APIResponse(responseCode = "200", description = "The action; ETag carries its version.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such action (action-not-found).")
    public RestResponse<ActionResponse> get(@PathParam("id") ActionId id) {
        return withETag(actions.get(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({ActionDtos.EDITOR, ActionDtos.ADMIN})
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change an action (JSON Merge Patch, RFC 7396; editors, admins)",
            description = "Members present replace, null clears (optional fields), absent ones stay; the result is "
                    + "checked like a new action.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ActionRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "Field errors as on create, or unknown-field.")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "404", description = "No such action.")
    @APIResponse(responseCode = "409", description = "Name taken.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ActionResponse> patch(@PathParam("id") ActionId actionId, @HeaderParam("If-Match") String ifMatch,
                                              String body) throws JsonProcessingException {
        long expected = ETags.requiredVersion(ifMatch);
        LlmAction current = actions.get(actionId);
        if (current.version() != expected) {
            throw new StaleVersionException("action", current.version());
        }
        ActionRequest merged = MergePatch.apply(json, ActionRequest.of(current), body, ActionRequest.class);
        return withETag(actions.update(ActionDtos.user(identity), actionId, expected, merged.values()));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ActionDtos.EDITOR, ActionDtos.ADMIN})
    @Operation(summary = "Delete an action (editors, admins)", description = "Refused while a step button or a "
            + "sub-stage default offers it; disable it (PATCH {\"enabled\": false}) to stop offering it at once.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "404", description = "No such action.")
    @APIResponse(responseCode = "409", description = "Still offered (action.in-use).")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<Void> delete(@PathParam("id") ActionId actionId, @HeaderParam("If-Match") String ifMatch) {
        actions.delete(ActionDtos.user(identity), actionId, ETags.requiredVersion(ifMatch));
        return RestResponse.noContent();
    }

    private static RestResponse<ActionResponse> withETag(LlmAction action) {
        return RestResponse.ResponseBuilder.ok(ActionResponse.of(action)).tag(ETags.of(action.version())).build();
    }
}
