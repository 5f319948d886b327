package io.blogflow.workflow.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.domain.PostId;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.shared.adapter.rest.IdempotencyKeys;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.adapter.rest.Problem;
import io.blogflow.shared.adapter.rest.ProblemMappers;
import io.blogflow.shared.adapter.rest.RespondAsync;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.Page;
import io.blogflow.workflow.adapter.rest.ActionRunDtos.RunDetailsResponse;
import io.blogflow.workflow.adapter.rest.ActionRunDtos.RunRequest;
import io.blogflow.workflow.adapter.rest.ActionRunDtos.RunResponse;
import io.blogflow.workflow.application.port.in.ActionRunsUseCase;
import io.blogflow.workflow.application.port.in.RunActionUseCase;
import io.blogflow.workflow.application.port.in.RunActionUseCase.Outcome;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunErrors;
import io.blogflow.workflow.domain.run.RunStatus;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/** Running LLM actions on a post, and the post's action history. */
@Path("/api/v1/posts/{postId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action runs", description = "Press an action button: the action's prompt is rendered with the post's "
        + "(or a section's) fields, sent to its model (with retries, fallback and circuit breaking) and the answer "
        + "is written into the action's output field. Every run and every provider call is recorded.")
public class ActionRunResource {

    private static final Logger LOG = Logger.getLogger(ActionRunResource.class);

    private final RunActionUseCase runner;
    private final ActionRunsUseCase history;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final ManagedExecutor executor;

    public ActionRunResource(RunActionUseCase runner, ActionRunsUseCase history, SecurityIdentity identity,
                             ObjectMapper json, ManagedExecutor executor) {
        this.runner = runner;
        this.history = history;
        this.identity = identity;
        this.json = json;
        this.executor = executor;
    }

    @POST
    @Path("actions/{actionId}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Operation(operationId = "runAction", summary = "Run an action", description = "Blocks until the run has "
            + "finished, or with Prefer: respond-async answers 202 at once and a background job performs the run (the "
            + "run resource shows it running, then its outcome; its starter is notified: action-run.succeeded or "
            + "action-run.failed). A provider failure is not an HTTP error: the run is recorded as failed (status, "
            + "error) and no field changes. Send Accept: text/event-stream for the streaming variant.")
    @APIResponse(responseCode = "201", description = "The run, succeeded or failed; Location points at it.",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = RunResponse.class)))
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the run, status running, queued; "
            + "Location points at it (also for a replayed Idempotency-Key whose run is still running).",
            headers = {@Header(name = "Location"), @Header(name = "Preference-Applied")})
    @APIResponse(responseCode = "200", description = "Replayed: the run an earlier request with this "
            + "Idempotency-Key started.", headers = @Header(name = "Idempotent-Replayed"))
    @APIResponse(responseCode = "400", description = "sectionId missing for a section action (or given for a post "
            + "action), malformed Idempotency-Key, or the key was used for another action or section.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours), action or section.")
    @APIResponse(responseCode = "409", description = "The action is disabled, or the key's run is still generating.")
    @APIResponse(responseCode = "402", description = "The plan's quota is used up (quota-exceeded: metric, "
            + "limit, used, resetsAt, upgradeUrl); nothing was sent to the provider.")
    public RestResponse<RunResponse> run(@PathParam("postId") PostId postId, @PathParam("actionId") ActionId actionId,
                                         @Parameter(description = IdempotencyKeys.DOC)
                                         @HeaderParam("Idempotency-Key") String key,
                                         @Parameter(description = RespondAsync.DOC, example = RespondAsync.TOKEN)
                                         @HeaderParam(RespondAsync.PREFER) String prefer, RunRequest body,
                                         @Context UriInfo uri) {
        RunActionUseCase.Command command = command(postId, actionId, body, key, false);
        boolean async = RespondAsync.requested(prefer);
        Outcome outcome = async ? runner.accept(command) : runner.run(command, GenerationListener.NONE);
        ActionRun run = outcome.run();
        if (async && run.status() == RunStatus.RUNNING) {
            var accepted = RestResponse.ResponseBuilder.accepted(RunResponse.of(run))
                    .location(location(uri, run)).header(RespondAsync.APPLIED, RespondAsync.TOKEN);
            return (outcome.replayed() ? accepted.header("Idempotent-Replayed", "true") : accepted).build();
        }
        if (outcome.replayed()) {
            return RestResponse.ResponseBuilder.ok(RunResponse.of(run)).header("Idempotent-Replayed", "true").build();
        }
        return RestResponse.ResponseBuilder.<RunResponse>created(location(uri, run)).entity(RunResponse.of(run)).build();
    }

    @POST
    @Path("actions/{actionId}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PermissionsAllowed(EditorialDtos.WRITE)
    @Operation(summary = "Run an action, streaming the answer", description = "Server-sent events: `attempt` "
            + "({attempt, model}: text streamed before is void), `token` ({text}) for each piece of the answer, and "
            + "finally `done` with the run as the JSON variant returns it (succeeded or failed); a replayed "
            + "Idempotency-Key sends only `done`. Refusals found before streaming (unknown post, action or section, "
            + "wrong target, disabled action) are problem responses; later ones (quota, a reused or busy "
            + "Idempotency-Key) end the stream with an `error` event carrying the problem.")
    @APIResponse(responseCode = "200", description = "The event stream.")
    public void stream(@PathParam("postId") PostId postId, @PathParam("actionId") ActionId actionId,
                       @Parameter(description = IdempotencyKeys.DOC) @HeaderParam("Idempotency-Key") String key,
                       RunRequest body, @Context SseEventSink sink, @Context Sse sse) {
        RunActionUseCase.Command command = command(postId, actionId, body, key, true);
        runner.check(command);
        // The run outlives this method: the stream starts when it returns, events follow from a worker.
        executor.execute(() -> streamRun(command, new SseEvents(sink, sse, json)));
    }

    private void streamRun(RunActionUseCase.Command command, SseEvents events) {
        try {
            Outcome outcome = runner.run(command, new GenerationListener() {
                @Override
                public void attemptStarted(int attempt, String model) {
                    events.send("attempt", Map.of("attempt", attempt, "model", model));
                }

                @Override
                public void token(String text) {
                    events.send("token", Map.of("text", text));
                }
            });
            events.send("done", RunResponse.of(outcome.run()));
        } catch (DomainException refused) {
            events.send("error", ProblemMappers.problem(refused));
        } catch (RuntimeException failure) {
            LOG.error("Streaming run failed", failure);
            events.send("error", Problem.of(500, "internal-error", "Internal Server Error",
                    "The run could not finish; see the run history for what was recorded."));
        } finally {
            events.close();
        }
    }

    @GET
    @Path("runs")
    @PermissionsAllowed(EditorialDtos.READ)
    @Operation(summary = "The post's action history, newest first", description = "Paged with page and size (at "
            + "most 100); Link headers point at the other pages.")
    @APIResponse(responseCode = "200", description = "A page of runs.")
    @APIResponse(responseCode = "400", description = "Invalid page or size.")
    @APIResponse(responseCode = "404", description = "No such post, or not yours.")
    public RestResponse<PageResponse<RunResponse>> history(@PathParam("postId") PostId postId,
                                                           @QueryParam("page") String page,
                                                           @QueryParam("size") String size, @Context UriInfo uri) {
        Page<ActionRun> runs = history.history(postId, Paging.request(page, size), actor());
        return RestResponse.ResponseBuilder.ok(PageResponse.of(runs, RunResponse::of))
                .links(Paging.links(runs, uri)).build();
    }

    @GET
    @Path("runs/{runId}")
    @PermissionsAllowed(EditorialDtos.READ)
    @Operation(summary = "One run with every provider call it made", description = "Each attempt: prompt version, "
            + "rendered input, output, parameters, provider and model, tokens, cost, latency, time to first token, "
            + "status and error.")
    @APIResponse(responseCode = "200", description = "The run and its interactions, in attempt order.")
    @APIResponse(responseCode = "404", description = "No such post (or not yours) or run.")
    public RunDetailsResponse details(@PathParam("postId") PostId post, @PathParam("runId") String runId) {
        UUID run = PathIds.uuid(runId, () -> new RunErrors.NotFound(runId));
        return RunDetailsResponse.of(history.run(post, run, actor()));
    }

    private RunActionUseCase.Command command(PostId post, ActionId action, RunRequest body, String key,
                                             boolean stream) {
        return new RunActionUseCase.Command(post, action, body == null ? null : body.sectionId(), actor(),
                IdempotencyKeys.parse(key), stream);
    }

    private io.blogflow.shared.domain.Actor actor() {
        return EditorialDtos.actor(identity);
    }

    private static URI location(UriInfo uri, ActionRun run) {
        return uri.getBaseUriBuilder().path("api/v1/posts/{postId}/runs/{runId}").build(run.postId(), run.id());
    }

    /** Sends each event as JSON and waits for it to be written, so a slow client slows the stream, not memory. */
    private record SseEvents(SseEventSink sink, Sse sse, ObjectMapper json) {

        void send(String name, Object data) {
            if (sink.isClosed()) {
                return;
            }
            try {
                sink.send(sse.newEventBuilder().name(name).data(json.writeValueAsString(data)).build())
                        .toCompletableFuture().join();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.CompletionException clientGone) {
                // The client went away: the run goes on and is recorded; there is just no one to tell.
            }
        }

        void close() {
            sink.close();
        }
    }
}
