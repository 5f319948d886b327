package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.application.port.in.JobAdministrationUseCase;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobErrors;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobState;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/jobs")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs (admin)", description = "The background job queue: list and inspect jobs, retry dead ones, cancel "
        + "pending ones. Admins only.")
public class JobResource {

    static final String JOB_EXAMPLE = """
            {"id": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60", "type": "mail.send", "state": "dead", "priority": "normal",
             "attempts": 5, "maxAttempts": 5, "runAt": "2026-01-05T10:00:00Z", "createdAt": "2026-01-05T09:00:00Z",
             "startedAt": "2026-01-05T10:00:00.120Z", "finishedAt": "2026-01-05T10:00:01Z",
             "lastError": "MailException: 550 mailbox unavailable", "idempotencyKey": null,
             "payload": {"to": "ada@example.com", "template": "verify-email"}}""";

    private final JobAdministrationUseCase jobs;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public JobResource(JobAdministrationUseCase jobs, SecurityIdentity identity, ObjectMapper json) {
        this.jobs = jobs;
        this.identity = identity;
        this.json = json;
    }

    @Schema(name = "Job", description = "A background job: what, when, how far it got and how it ended.")
    public record JobResponse(@Schema(required = true) UUID id, String type,
                              @Schema(enumeration = {"pending", "running", "succeeded", "dead", "cancelled"})
                              String state,
                              @Schema(enumeration = {"low", "normal", "high"}) String priority,
                              @Schema(required = true) int attempts,
                              @Schema(required = true) int maxAttempts,
                              Instant runAt,
                              @Schema(required = true) Instant createdAt,
                              Instant startedAt,
                              Instant finishedAt, String lastError, @Schema(nullable = true) String idempotencyKey,
                              @Schema(description = "The job's JSON payload (absent in lists)") JsonNode payload) {
    }

    @Schema(name = "JobProbeRequest")
    public record ProbeRequest(@Schema(description = "How many probe jobs, 1 to 1000", example = "10") Integer count) {
    }

    @Schema(name = "JobProbes")
    public record ProbeResponse(List<UUID> ids) {
    }

    @GET
    @Operation(operationId = "listJobs", summary = "List jobs, newest first",
            description = "Filter by state (pending, running, succeeded, dead, cancelled) and type (e.g. mail.send). "
                    + "Paged with page and size; Link headers point at the neighbouring pages.")
    @APIResponse(responseCode = "200", description = "A page of jobs (without payloads).",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Link",
                    description = "RFC 8288 links to the first, previous, next and last pages",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown state, bad page or size.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<PageResponse<JobResponse>> list(@QueryParam("state") String state,
                                                        @QueryParam("type") String type,
                                                        @QueryParam("page") String page,
                                                        @QueryParam("size") String size, @Context UriInfo uri) {
        var validation = new Validation();
        Optional<JobState> wanted = state == null ? Optional.empty() : validation.field("state", () -> Optional.of(
                JobState.parse(state).orElseThrow(() -> new InvalidValueException("job-state.unknown",
                        "state is one of pending, running, succeeded, dead, cancelled."))));
        validation.throwIfInvalid();
        Page<Job> found = jobs.list(wanted, Optional.ofNullable(type).filter(t -> !t.isBlank()),
                Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, job -> response(job, false)))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("types")
    @Operation(operationId = "listJobTypes", summary = "The job types this application has handlers for")
    @APIResponse(responseCode = "200", description = "Type names in order.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), examples = @ExampleObject(name = "types", value = "[\"jobs.probe\", \"mail.send\"]")))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    public List<String> types() {
        return jobs.types();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getJob", summary = "Inspect a job", description = "With its payload, attempts and the "
            + "last error.")
    @APIResponse(responseCode = "200", description = "The job.",
            content = @Content(schema = @Schema(implementation = JobResponse.class), examples = @ExampleObject(name = "dead", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such job.",
            content = @Content(mediaType = "application/problem+json"))
    public JobResponse get(@PathParam("id") String id) {
        return response(jobs.get(jobId(id)), true);
    }

    @POST
    @Path("{id}/retry")
    @Operation(operationId = "retryJob", summary = "Retry a dead job",
            description = "The job becomes pending again, due now, with its full number of attempts. Audited.")
    @APIResponse(responseCode = "200", description = "The job, pending.",
            content = @Content(schema = @Schema(implementation = JobResponse.class), examples = @ExampleObject(name = "pending", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such job.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The job is not dead (code job.wrong-state).",
            content = @Content(mediaType = "application/problem+json"))
    public JobResponse retry(@PathParam("id") String id) {
        return response(jobs.retry(jobId(id), admin()), true);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelJob", summary = "Cancel a pending job",
            description = "The job will not run; it stays listed as cancelled until purged. Audited.")
    @APIResponse(responseCode = "200", description = "The job, cancelled.",
            content = @Content(schema = @Schema(implementation = JobResponse.class), examples = @ExampleObject(name = "cancelled", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such job.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The job is not pending: it started or finished "
            + "(code job.wrong-state).", content = @Content(mediaType = "application/problem+json"))
    public JobResponse cancel(@PathParam("id") String id) {
        return response(jobs.cancel(jobId(id), admin()), true);
    }

    @POST
    @Path("probes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enqueueJobProbes", summary = "Send probe jobs through the queue",
            description = "Enqueues count no-op jobs of type jobs.probe: watch them succeed to see the queue work "
                    + "end to end. Audited.")
    @APIResponse(responseCode = "202", description = "The probes' ids.",
            content = @Content(schema = @Schema(implementation = ProbeResponse.class), examples = @ExampleObject(name = "probes",
                    value = "{\"ids\": [\"0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60\"]}")))
    @APIResponse(responseCode = "400", description = "count missing or not between 1 and 1000.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<ProbeResponse> probe(ProbeRequest body) {
        ProbeRequest request = RequestBodies.required(body);
        int count = request.count() == null ? 1 : request.count();
        List<UUID> ids = jobs.probe(count, admin()).stream().map(JobId::value).toList();
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, new ProbeResponse(ids)).build();
    }

    private JobResponse response(Job job, boolean withPayload) {
        return new JobResponse(job.id().value(), job.type(), job.state().apiName(), job.priority().apiName(),
                job.attempts(), job.maxAttempts(), job.runAt(), job.createdAt(), job.startedAt().orElse(null),
                job.finishedAt().orElse(null), job.lastError().orElse(null), job.idempotencyKey().orElse(null),
                withPayload ? payload(job.payloadJson()) : null);
    }

    private JsonNode payload(String payloadJson) {
        try {
            return json.readTree(payloadJson);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(payloadJson);
        }
    }

    private UserId admin() {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }

    private static JobId jobId(String raw) {
        return JobId.parse(raw).orElseThrow(() -> new JobErrors.NotFound(raw));
    }
}
