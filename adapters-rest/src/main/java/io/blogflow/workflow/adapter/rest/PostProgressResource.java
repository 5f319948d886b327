package io.blogflow.workflow.adapter.rest;

import static io.blogflow.workflow.domain.WorkflowLevel.SUB_STAGE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.Validation;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.HistoryResponse;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.MoveRequest;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.Position;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.ProgressResponse;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.RewindRequest;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.StageProgressResponse;
import io.blogflow.workflow.adapter.rest.PostProgressDtos.SubStageProgressResponse;
import io.blogflow.workflow.application.port.in.PostProgressUseCase;
import io.blogflow.workflow.application.port.in.PostProgressUseCase.ProgressView;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.progress.FieldKeys;
import io.blogflow.workflow.domain.progress.ProgressDetails;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import io.blogflow.workflow.domain.progress.ProgressOverview;
import io.blogflow.workflow.domain.progress.ProgressRecord;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** One post's progress through the editorial workflow. */
@Path("/api/v1/posts/{postId}/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Post workflow progress", description = "Where a post stands in the editorial workflow and how it moves: "
        + "start, complete or skip a sub-stage of the current stage, advance to the next stage (refused while a "
        + "sub-stage with a required step is not done), rewind to an earlier one. Moves need If-Match with the "
        + "progress version (the ETag) and are kept in the post's history.")
public class PostProgressResource {

    /** The optional body of start, complete and skip (read as JSON whatever the Content-Type says). */
    private static final String MOVE_BODY = "Optional notes and field keys to store on the sub-stage.";

    static final String READ = Permissions.POSTS_READ;
    static final String WRITE = Permissions.POSTS_WRITE;
    static final String PUBLISH = Permissions.POSTS_PUBLISH;
    static final String MANAGE_ALL = Permissions.POSTS_MANAGE_ALL;

    private final PostProgressUseCase progress;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public PostProgressResource(PostProgressUseCase progress, SecurityIdentity identity, ObjectMapper json) {
        this.progress = progress;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @PermissionsAllowed(READ)
    @Operation(summary = "A post's progress through the workflow", description = "The current stage and sub-stage, "
            + "every stage's and sub-stage's record (not_started where the post has none yet) and whether each stage "
            + "can complete. A post without progress starts at the first stage's first sub-stage.")
    @APIResponse(responseCode = "200", description = "The progress; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such post, or not yours.")
    public RestResponse<ProgressResponse> get(@PathParam("postId") PostId postId) {
        return respond(progress.progress(postId, actor()));
    }

    @POST
    @Path("sub-stages/{subStageId}/start")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = MOVE_BODY, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveRequest.class)))
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Start a sub-stage of the current stage", description = "From not_started or skipped; it "
            + "becomes the current sub-stage. The body (notes, inputFields, outputFields) is optional.")
    @APIResponse(responseCode = "200", description = "Started; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid notes or field keys (field errors).")
    @APIResponse(responseCode = "404", description = "No such post (or not yours) or sub-stage.")
    @APIResponse(responseCode = "409", description = "In progress or done already (progress.cannot-start), of "
            + "another stage (progress.not-current-stage) or retired (sub-stage.retired).")
    @APIResponse(responseCode = "412", description = "Stale If-Match (currentVersion in the body).")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ProgressResponse> start(@PathParam("postId") PostId post,
                                                @PathParam("subStageId") @ItemOf(SUB_STAGE) WorkflowItemId sub,
                                                @HeaderParam("If-Match") String ifMatch, String body) {
        long expected = ETags.requiredVersion(ifMatch);
        return respond(progress.start(post, sub, expected, details(moveRequest(body)), actor()));
    }

    @POST
    @Path("sub-stages/{subStageId}/complete")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = MOVE_BODY, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveRequest.class)))
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Complete a sub-stage of the current stage", description = "From in_progress. The body is "
            + "optional.")
    @APIResponse(responseCode = "200", description = "Done; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid notes or field keys (field errors).")
    @APIResponse(responseCode = "404", description = "No such post (or not yours) or sub-stage.")
    @APIResponse(responseCode = "409", description = "Not in progress (progress.cannot-complete), of another stage "
            + "or retired.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ProgressResponse> complete(@PathParam("postId") PostId post,
                                                   @PathParam("subStageId") @ItemOf(SUB_STAGE) WorkflowItemId sub,
                                                   @HeaderParam("If-Match") String ifMatch, String body) {
        long expected = ETags.requiredVersion(ifMatch);
        return respond(progress.complete(post, sub, expected, details(moveRequest(body)), actor()));
    }

    @POST
    @Path("sub-stages/{subStageId}/skip")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = MOVE_BODY, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveRequest.class)))
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Skip a sub-stage of the current stage", description = "From not_started or in_progress. A "
            + "skipped sub-stage with a required step still keeps its stage from completing. The body is optional.")
    @APIResponse(responseCode = "200", description = "Skipped; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid notes or field keys (field errors).")
    @APIResponse(responseCode = "404", description = "No such post (or not yours) or sub-stage.")
    @APIResponse(responseCode = "409", description = "Done or skipped already (progress.cannot-skip), of another "
            + "stage or retired.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ProgressResponse> skip(@PathParam("postId") PostId post,
                                               @PathParam("subStageId") @ItemOf(SUB_STAGE) WorkflowItemId sub,
                                               @HeaderParam("If-Match") String ifMatch, String body) {
        long expected = ETags.requiredVersion(ifMatch);
        return respond(progress.skip(post, sub, expected, details(moveRequest(body)), actor()));
    }

    @POST
    @Path("advance")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Complete the current stage and move to the next", description = "To the next active "
            + "stage's first active sub-stage (retired stages are passed over). From the last stage it completes it "
            + "and the post is finished.")
    @APIResponse(responseCode = "200", description = "Advanced; ETag carries the new version.")
    @APIResponse(responseCode = "404", description = "No such post, or not yours.")
    @APIResponse(responseCode = "409", description = "A sub-stage with a required step is not done "
            + "(stage.required-open; the detail names them), or the post is finished (progress.finished).")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ProgressResponse> advance(@PathParam("postId") PostId post,
                                                  @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        return respond(progress.advance(post, expected, actor()));
    }

    @POST
    @Path("rewind")
    @PermissionsAllowed(WRITE)
    @Operation(summary = "Move back to an earlier stage and sub-stage", description = "Their records go back to "
            + "in_progress; later records stay as they were.")
    @APIResponse(responseCode = "200", description = "Rewound; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "stageId or subStageId missing (field errors).")
    @APIResponse(responseCode = "404", description = "No such post (or not yours), stage, or sub-stage of that stage.")
    @APIResponse(responseCode = "409", description = "Not before the current position (progress.not-earlier) or "
            + "retired (stage.retired, sub-stage.retired).")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ProgressResponse> rewind(@PathParam("postId") PostId post,
                                                 @HeaderParam("If-Match") String ifMatch, RewindRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        var validation = new Validation();
        UUID stage = validation.field("stageId", () -> required(body == null ? null : body.stageId(), "stageId"));
        UUID sub = validation.field("subStageId", () -> required(body == null ? null : body.subStageId(),
                "subStageId"));
        validation.throwIfInvalid();
        return respond(progress.rewind(post, new WorkflowItemId(stage), new WorkflowItemId(sub), expected, actor()));
    }

    @GET
    @Path("history")
    @PermissionsAllowed(READ)
    @Operation(summary = "Every move of the post through the workflow, newest first", description = "Paged with "
            + "page and size (at most 100); Link headers point at the other pages.")
    @APIResponse(responseCode = "200", description = "A page of moves.")
    @APIResponse(responseCode = "400", description = "Invalid page or size.")
    @APIResponse(responseCode = "404", description = "No such post, or not yours.")
    public RestResponse<PageResponse<HistoryResponse>> history(@PathParam("postId") PostId post,
                                                               @QueryParam("page") String page,
                                                               @QueryParam("size") String size,
                                                               @Context UriInfo uri) {
        Page<ProgressHistoryEntry> entries = progress.history(post, Paging.request(page, size), actor());
        return RestResponse.ResponseBuilder.ok(PageResponse.of(entries, entry -> new HistoryResponse(entry.id(),
                        entry.move().kind().wire(), uuid(entry.move().fromStageId()),
                        uuid(entry.move().fromSubStageId()), uuid(entry.move().toStageId()),
                        uuid(entry.move().toSubStageId()), uuid(entry.move().subStageId()),
                        entry.actor().value(), entry.at())))
                .links(Paging.links(entries, uri)).build();
    }

    // ---- mapping

    private static RestResponse<ProgressResponse> respond(ProgressView view) {
        ProgressOverview overview = ProgressOverview.of(view.progress(), view.workflow());
        Position current = overview.current().map(at -> new Position(at.stage().id().value(),
                at.stage().key().value(), at.stage().name(), at.subStage().id().value(), at.subStage().key().value(),
                at.subStage().name())).orElse(null);
        var body = new ProgressResponse(overview.postId().value(), view.version(), current, overview.finished(),
                overview.stages().stream().map(PostProgressResource::stage).toList());
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(view.version())).build();
    }

    private static StageProgressResponse stage(ProgressOverview.Stage stage) {
        WorkflowItem item = stage.item();
        Optional<ProgressRecord> record = stage.record();
        return new StageProgressResponse(item.id().value(), item.key().value(), item.name(), stage.retired(),
                stage.status().wire(), record.map(ProgressRecord::startedAt).orElse(null),
                record.map(ProgressRecord::completedAt).orElse(null), stage.canComplete(), stage.openRequired(),
                stage.subStages().stream().map(PostProgressResource::subStage).toList());
    }

    private static SubStageProgressResponse subStage(ProgressOverview.SubStage sub) {
        WorkflowItem item = sub.item();
        Optional<ProgressRecord> record = sub.record();
        return new SubStageProgressResponse(item.id().value(), item.key().value(), item.name(), sub.retired(),
                sub.required(), sub.status().wire(), record.map(ProgressRecord::startedAt).orElse(null),
                record.map(ProgressRecord::completedAt).orElse(null), record.map(ProgressRecord::notes).orElse(null),
                record.map(ProgressRecord::inputFields).orElse(List.of()),
                record.map(ProgressRecord::outputFields).orElse(List.of()));
    }

    /**
     * The optional body of start, complete and skip: taken as text so a request without a body (and so without a
     * Content-Type) is accepted; JSON errors are answered like those of every other body.
     */
    private MoveRequest moveRequest(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, MoveRequest.class);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(e);
        }
    }

    private static ProgressDetails details(MoveRequest body) {
        if (body == null) {
            return ProgressDetails.NONE;
        }
        var validation = new Validation();
        FieldKeys input = body.inputFields() == null ? null
                : validation.field("inputFields", () -> new FieldKeys(body.inputFields()));
        FieldKeys output = body.outputFields() == null ? null
                : validation.field("outputFields", () -> new FieldKeys(body.outputFields()));
        if (body.notes() != null) {
            validation.field("notes", () -> new ProgressDetails(body.notes(), null, null));
        }
        validation.throwIfInvalid();
        return new ProgressDetails(body.notes(), input, output);
    }

    private static UUID uuid(WorkflowItemId item) {
        return item == null ? null : item.value();
    }

    private static UUID required(UUID value, String field) {
        if (value == null) {
            throw new InvalidValueException(field + ".required", field + " is required.");
        }
        return value;
    }

    private Actor actor() {
        return Actors.of(identity, MANAGE_ALL, PUBLISH);
    }
}
