package io.blogflow.workflow.adapter.rest;

import static io.blogflow.workflow.domain.WorkflowLevel.STAGE;
import static io.blogflow.workflow.domain.WorkflowLevel.STEP;
import static io.blogflow.workflow.domain.WorkflowLevel.SUB_STAGE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.Roles;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.ItemRequest;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.ItemResponse;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.MoveRequest;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.RenameRequest;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.StageResponse;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.StepRequest;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.StepResponse;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.StepUpdateRequest;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.SubStageResponse;
import io.blogflow.workflow.adapter.rest.WorkflowDtos.WorkflowResponse;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.ItemChanges;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.NewItem;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow definition", description = "The editorial workflow: ordered stages, sub-stages and steps. "
        + "Everyone who reads posts reads it; admins add, rename, reorder and retire items (never delete them, so "
        + "posts in progress keep pointing at what they were on). Renames and retirements need If-Match.")
public class WorkflowResource {

    static final String READ = Permissions.POSTS_READ;
    static final String ADMIN = Roles.ADMIN;

    private final WorkflowDefinitionUseCase workflow;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final WorkflowItemEndpoints stages;
    private final WorkflowItemEndpoints subStages;
    private final WorkflowItemEndpoints steps;

    public WorkflowResource(WorkflowDefinitionUseCase workflow, SecurityIdentity identity, ObjectMapper json) {
        this.workflow = workflow;
        this.identity = identity;
        this.json = json;
        this.stages = new WorkflowItemEndpoints(WorkflowLevel.STAGE, workflow, this::actor, json);
        this.subStages = new WorkflowItemEndpoints(WorkflowLevel.SUB_STAGE, workflow, this::actor, json);
        this.steps = new WorkflowItemEndpoints(WorkflowLevel.STEP, workflow, this::actor, json);
    }

    @GET
    @PermissionsAllowed(READ)
    @Operation(summary = "The whole workflow definition as a tree",
            description = "Stages → sub-stages → steps, each level ordered by position. Retired items are left out "
                    + "unless includeRetired=true; they then follow the active ones, with the position they kept.")
    @APIResponse(responseCode = "200", description = "The tree; ETag carries the workflow's version.")
    public RestResponse<WorkflowResponse> definition(@QueryParam("includeRetired") boolean includeRetired) {
        WorkflowTree tree = workflow.definition(includeRetired);
        var body = new WorkflowResponse(tree.workflow().id().value(), tree.workflow().key().value(),
                tree.workflow().name(), tree.workflow().version(), tree.stages().stream().map(this::stage).toList());
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(tree.workflow().version())).build();
    }

    // ---- stages

    @POST
    @Path("stages")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a stage (admins)", description = "At position (default last); later stages shift.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ItemResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, key or position (field errors).")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "409", description = "Name or key taken among the stages (stage.name-taken, "
            + "stage.key-taken).")
    public RestResponse<ItemResponse> addStage(ItemRequest body, @Context UriInfo uri) {
        return stages.add(null, newItem(body), uri);
    }

    @GET
    @Path("stages/{id}")
    @PermissionsAllowed(READ)
    @Operation(summary = "One stage")
    @APIResponse(responseCode = "200", description = "The stage; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such stage.")
    public RestResponse<ItemResponse> getStage(@PathParam("id") @ItemOf(STAGE) WorkflowItemId id) {
        return stages.get(id);
    }

    @PUT
    @Path("stages/{id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Rename a stage (admins)", description = "Its key and position stay.")
    @APIResponse(responseCode = "200", description = "Renamed; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid name.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such stage.")
    @APIResponse(responseCode = "409", description = "Name taken (stage.name-taken) or the stage is retired "
            + "(stage.retired).")
    @APIResponse(responseCode = "412", description = "Stale If-Match (currentVersion in the body).")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ItemResponse> renameStage(@PathParam("id") @ItemOf(STAGE) WorkflowItemId id,
                                                  @HeaderParam("If-Match") String ifMatch, RenameRequest body) {
        return stages.update(id, ifMatch, () -> renamed(body));
    }

    @POST
    @Path("stages/{id}/move")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Move a stage among the active stages (admins)", description = "The others close ranks; "
            + "positions stay unique and 1..n. Positions are part of the workflow's version, not the stage's.")
    @APIResponse(responseCode = "200", description = "Moved.")
    @APIResponse(responseCode = "400", description = "position missing or outside 1..n.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such stage.")
    @APIResponse(responseCode = "409", description = "The stage is retired.")
    public ItemResponse moveStage(@PathParam("id") @ItemOf(STAGE) WorkflowItemId id, MoveRequest body) {
        return stages.move(id, body);
    }

    @POST
    @Path("stages/{id}/retire")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Retire a stage with its sub-stages and steps (admins)", description = "It leaves the "
            + "active tree and the ordering (later stages move up) but is kept, with its position, for the posts "
            + "that point at it.")
    @APIResponse(responseCode = "200", description = "Retired; ETag carries the new version.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such stage.")
    @APIResponse(responseCode = "409", description = "Already retired (stage.retired).")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ItemResponse> retireStage(@PathParam("id") @ItemOf(STAGE) WorkflowItemId id,
                                                  @HeaderParam("If-Match") String ifMatch) {
        return stages.retire(id, ifMatch);
    }

    @GET
    @Path("fields")
    @PermissionsAllowed(READ)
    @Operation(summary = "The editorial field registry", description = "Every field of a post's workspace (scope "
            + "post: the planning fields) and of its sections (scope section) that editors and actions may read and "
            + "write, with its kind, max length and the stage/sub-stage keys it belongs to. Nothing else can be "
            + "stored in a workspace or named by a prompt placeholder.")
    @APIResponse(responseCode = "200", description = "The fields, in registry order.")
    public List<EditorialDtos.FieldResponse> fields() {
        return Arrays.stream(EditorialField.values()).map(EditorialDtos.FieldResponse::of).toList();
    }

    // ---- sub-stages

    @POST
    @Path("stages/{id}/sub-stages")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a sub-stage to a stage (admins)", description = "At position (default last); later "
            + "sub-stages of the stage shift.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ItemResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, key or position (field errors).")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such stage.")
    @APIResponse(responseCode = "409", description = "Name or key taken (sub-stage.name-taken, sub-stage.key-taken), "
            + "or the stage is retired (stage.retired).")
    public RestResponse<ItemResponse> addSubStage(@PathParam("id") @ItemOf(STAGE) WorkflowItemId stageId,
                                                  ItemRequest body, @Context UriInfo uri) {
        return subStages.add(stageId, newItem(body), uri);
    }

    @GET
    @Path("sub-stages/{id}")
    @PermissionsAllowed(READ)
    @Operation(summary = "One sub-stage")
    @APIResponse(responseCode = "200", description = "The sub-stage; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    public RestResponse<ItemResponse> getSubStage(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId id) {
        return subStages.get(id);
    }

    @PUT
    @Path("sub-stages/{id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Rename a sub-stage (admins)", description = "Its key and position stay.")
    @APIResponse(responseCode = "200", description = "Renamed; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid name.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    @APIResponse(responseCode = "409", description = "Name taken or the sub-stage is retired.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ItemResponse> renameSubStage(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId id,
                                                     @HeaderParam("If-Match") String ifMatch, RenameRequest body) {
        return subStages.update(id, ifMatch, () -> renamed(body));
    }

    @POST
    @Path("sub-stages/{id}/move")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Move a sub-stage among the active sub-stages of its stage (admins)")
    @APIResponse(responseCode = "200", description = "Moved.")
    @APIResponse(responseCode = "400", description = "position missing or outside 1..n.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    @APIResponse(responseCode = "409", description = "The sub-stage is retired.")
    public ItemResponse moveSubStage(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId id, MoveRequest body) {
        return subStages.move(id, body);
    }

    @POST
    @Path("sub-stages/{id}/retire")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Retire a sub-stage with its steps (admins)")
    @APIResponse(responseCode = "200", description = "Retired; ETag carries the new version.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    @APIResponse(responseCode = "409", description = "Already retired.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ItemResponse> retireSubStage(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId id,
                                                     @HeaderParam("If-Match") String ifMatch) {
        return subStages.retire(id, ifMatch);
    }

    // ---- steps

    @POST
    @Path("sub-stages/{id}/steps")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a step to a sub-stage (admins)", description = "At position (default last); later "
            + "steps of the sub-stage shift.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ItemResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, key, position, or config not a JSON object "
            + "of at most 16 KB (field errors).")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such sub-stage.")
    @APIResponse(responseCode = "409", description = "Name or key taken (step.name-taken, step.key-taken), or the "
            + "sub-stage is retired (sub-stage.retired).")
    public RestResponse<ItemResponse> addStep(@PathParam("id") @ItemOf(SUB_STAGE) WorkflowItemId subStageId,
                                              StepRequest body, @Context UriInfo uri) {
        StepRequest request = RequestBodies.required(body);
        String config = config(request.config());
        return steps.add(subStageId, new NewItem(request.name(), request.key(), request.position(), request.required(),
                config), uri);
    }

    @GET
    @Path("steps/{id}")
    @PermissionsAllowed(READ)
    @Operation(summary = "One step")
    @APIResponse(responseCode = "200", description = "The step; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such step.")
    public RestResponse<ItemResponse> getStep(@PathParam("id") @ItemOf(STEP) WorkflowItemId id) {
        return steps.get(id);
    }

    @PUT
    @Path("steps/{id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Replace a step's name, required flag and config (admins)", description = "Absent required "
            + "is false, absent config is {}. Its key and position stay.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid name or config (field errors).")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such step.")
    @APIResponse(responseCode = "409", description = "Name taken or the step is retired.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ItemResponse> updateStep(@PathParam("id") @ItemOf(STEP) WorkflowItemId id,
                                                 @HeaderParam("If-Match") String ifMatch, StepUpdateRequest body) {
        return steps.update(id, ifMatch, () -> {
            StepUpdateRequest request = RequestBodies.required(body);
            return new ItemChanges(request.name(), request.required(), config(request.config()));
        });
    }

    @POST
    @Path("steps/{id}/move")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Move a step among the active steps of its sub-stage (admins)")
    @APIResponse(responseCode = "200", description = "Moved.")
    @APIResponse(responseCode = "400", description = "position missing or outside 1..n.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such step.")
    @APIResponse(responseCode = "409", description = "The step is retired.")
    public ItemResponse moveStep(@PathParam("id") @ItemOf(STEP) WorkflowItemId id, MoveRequest body) {
        return steps.move(id, body);
    }

    @POST
    @Path("steps/{id}/retire")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Retire a step (admins)")
    @APIResponse(responseCode = "200", description = "Retired; ETag carries the new version.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such step.")
    @APIResponse(responseCode = "409", description = "Already retired.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ItemResponse> retireStep(@PathParam("id") @ItemOf(STEP) WorkflowItemId id,
                                                 @HeaderParam("If-Match") String ifMatch) {
        return steps.retire(id, ifMatch);
    }

    // ---- shared

    private static NewItem newItem(ItemRequest body) {
        ItemRequest request = RequestBodies.required(body);
        return new NewItem(request.name(), request.key(), request.position(), null, null);
    }

    private static ItemChanges renamed(RenameRequest body) {
        return new ItemChanges(RequestBodies.required(body).name(), null, null);
    }

    /** A config given as JSON: absent or null is the default; anything but an object is a field error. */
    private String config(JsonNode config) {
        if (config == null || config.isNull()) {
            return null;
        }
        var validation = new Validation();
        validation.field("config", () -> {
            if (!config.isObject()) {
                throw new InvalidValueException("config.not-an-object", "config must be a JSON object.");
            }
            return config;
        });
        validation.throwIfInvalid();
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }

    private StageResponse stage(WorkflowTree.Node node) {
        WorkflowItem item = node.item();
        return new StageResponse(item.id().value(), item.key().value(), item.name(), item.position(),
                item.retiredAt(), item.version(), node.children().stream().map(this::subStage).toList());
    }

    private SubStageResponse subStage(WorkflowTree.Node node) {
        WorkflowItem item = node.item();
        List<StepResponse> steps = node.children().stream().map(WorkflowTree.Node::item)
                .map(step -> new StepResponse(step.id().value(), step.key().value(), step.name(), step.position(),
                        step.required(), this.steps.configTree(step), step.retiredAt(), step.version()))
                .toList();
        return new SubStageResponse(item.id().value(), item.key().value(), item.name(), item.position(),
                item.retiredAt(), item.version(), steps);
    }

    private UserId actor() {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }
}
