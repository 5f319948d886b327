package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.llm.application.port.out.InteractionRepository.Filter;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.InteractionStatus;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ModelUsage;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.QueryInstants;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The log of provider calls across all runs, and spend per model: what LLM work costs the publication. */
@Path("/api/v1/admin/llm")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "LLM usage", description = "Every provider call (attempt) logged, and tokens and cost per model.")
public class LlmUsageResource {

    private final InteractionLogUseCase log;

    public LlmUsageResource(InteractionLogUseCase log) {
        this.log = log;
    }

    @Schema(description = "A model's use over the period.")
    record ModelUsageResponse(UUID modelId,
                              String model,
                              String provider,
                              @Schema(required = true) long calls,
                              @Schema(required = true) long failures,
                              @Schema(required = true) long inputTokens,
                              @Schema(required = true) long outputTokens,
                              BigDecimal cost,
                              @Schema(required = true) long meanLatencyMillis) {

        static ModelUsageResponse of(ModelUsage u) {
            return new ModelUsageResponse(u.model().value(), u.modelName(), u.providerName(), u.calls(),
                    u.failures(), u.inputTokens(), u.outputTokens(), u.cost(), u.meanLatencyMillis());
        }
    }

    @Schema(description = "Spend per model in [from, to), most expensive first, with the totals.")
    record UsageResponse(Instant from,
                         Instant to,
                         @Schema(required = true) long calls,
                         @Schema(required = true) long failures,
                         @Schema(required = true) long inputTokens,
                         @Schema(required = true) long outputTokens,
                         BigDecimal cost, List<ModelUsageResponse> models) {
    }

    @GET
    @Path("interactions")
    @Operation(summary = "Logged provider calls, newest first", description = "Filters: from, to (a date or an "
            + "ISO-8601 instant; [from, to)), modelId, status (succeeded or failed). Paged with page and size.")
    @APIResponse(responseCode = "200", description = "A page of interactions.")
    @APIResponse(responseCode = "400", description = "A malformed filter, or from not before to.")
    public RestResponse<PageResponse<InteractionResponse>> interactions(@QueryParam("from") String from,
                                                                       @QueryParam("to") String to,
                                                                       @QueryParam("modelId") String modelId,
                                                                       @QueryParam("status") String status,
                                                                       @QueryParam("page") String page,
                                                                       @QueryParam("size") String size,
                                                                       @Context UriInfo uri) {
        var validation = new Validation();
        Instant start = validation.field("from", () -> QueryInstants.parse("from", from));
        Instant end = validation.field("to", () -> QueryInstants.parse("to", to));
        ModelId model = validation.field("modelId", () -> modelId == null ? null : model(modelId));
        InteractionStatus outcome = validation.field("status", () -> status == null ? null : status(status));
        validation.throwIfInvalid();
        Page<Interaction> found = log.find(new Filter(start, end, model, outcome), Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, InteractionResponse::of))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("usage")
    @Operation(summary = "Tokens and cost per model", description = "Over [from, to) (a date or an ISO-8601 "
            + "instant each; default the last 30 days). Cost is tokens × the model's prices per million at the "
            + "time of each call; failed calls count as calls (and cost what the provider reported, usually 0).")
    @APIResponse(responseCode = "200", description = "The usage per model and the totals.")
    @APIResponse(responseCode = "400", description = "A malformed bound, or from not before to.")
    public UsageResponse usage(@QueryParam("from") String from, @QueryParam("to") String to) {
        var validation = new Validation();
        Instant start = validation.field("from", () -> QueryInstants.parse("from", from));
        Instant end = validation.field("to", () -> QueryInstants.parse("to", to));
        validation.throwIfInvalid();
        InteractionLogUseCase.UsageReport report = log.usage(start, end);
        List<ModelUsage> models = report.models();
        return new UsageResponse(report.from(), report.to(), models.stream().mapToLong(ModelUsage::calls).sum(),
                models.stream().mapToLong(ModelUsage::failures).sum(),
                models.stream().mapToLong(ModelUsage::inputTokens).sum(),
                models.stream().mapToLong(ModelUsage::outputTokens).sum(),
                models.stream().map(ModelUsage::cost).reduce(BigDecimal.ZERO, BigDecimal::add),
                models.stream().map(ModelUsageResponse::of).toList());
    }

    private static ModelId model(String raw) {
        try {
            return new ModelId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("model-id.invalid", "modelId must be a model id.");
        }
    }

    private static InteractionStatus status(String raw) {
        try {
            return InteractionStatus.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status.invalid", "status must be succeeded or failed.");
        }
    }
}
