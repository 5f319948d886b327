package io.blogflow.billing.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.billing.adapter.rest.PlanDtos.PlanRequest;
import io.blogflow.billing.adapter.rest.PlanDtos.PlanResponse;
import io.blogflow.billing.application.port.in.PlanCatalogUseCase;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.MergePatch;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/billing/plans")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing (admin)", description = "The plan catalogue, accounts' plans and usage, invoices and revenue. "
        + "Admins only; changes are audited.")
public class AdminBillingPlanResource {

    private final PlanCatalogUseCase plans;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public AdminBillingPlanResource(PlanCatalogUseCase plans, SecurityIdentity identity, ObjectMapper json) {
        this.plans = plans;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Operation(operationId = "adminListBillingPlans", summary = "Every plan's current version, inactive ones too")
    @APIResponse(responseCode = "200", description = "The catalogue.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public List<PlanResponse> all() {
        return plans.all().stream().map(PlanResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "adminGetBillingPlan", summary = "A plan's current version")
    @APIResponse(responseCode = "200", description = "The plan; its ETag is the version.",
            headers = @Header(name = "ETag", description = "The plan's current version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanDtos.PlanResponse.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "pro", value = PlanDtos.EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such plan (plan-not-found).")
    public RestResponse<PlanResponse> get(@PathParam("id") String id) {
        return withETag(plans.get(BillingDtos.planId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminCreateBillingPlan", summary = "Add a plan to the catalogue",
            description = "code, name, currency, monthlyPrice and yearlyPrice are required; limits per metric.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "team", value = PlanDtos.REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created (version 1).",
            headers = {@Header(name = "Location", description = "The plan.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The plan's version.",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlanDtos.PlanResponse.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "pro", value = PlanDtos.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields (validation-failed, one error per field, "
            + "limits.<metric> for a metric's terms).")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "409", description = "The code is taken (plan.code-taken).")
    public RestResponse<PlanResponse> create(PlanRequest body, @Context UriInfo uri) {
        Plan created = plans.create(BillingDtos.caller(identity), RequestBodies.required(body).terms());
        return RestResponse.ResponseBuilder.<PlanResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(PlanResponse.of(created)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "adminReviseBillingPlan", summary = "Edit a plan: a new version",
            description = "A JSON merge patch over the plan's terms (limits merge per metric; null removes). The "
                    + "result is saved as the next version; subscriptions on earlier versions keep theirs until they "
                    + "change plan. Needs If-Match with the current version.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "raise the cap",
                    value = "{\"monthlyPrice\": 2400, \"limits\": {\"ai_runs\": {\"hardCap\": 5000}}}")))
    @APIResponse(responseCode = "200", description = "The new version.",
            headers = @Header(name = "ETag", description = "The new version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanDtos.PlanResponse.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "pro", value = PlanDtos.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or code/currency changed (code.immutable, "
            + "currency.immutable).")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such plan.")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public RestResponse<PlanResponse> revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                             String patch) throws JsonProcessingException {
        PlanId planId = BillingDtos.planId(id);
        long expected = ETags.requiredVersion(ifMatch);
        Plan current = plans.get(planId);
        PlanRequest merged = MergePatch.apply(json, PlanRequest.of(current), patch, PlanRequest.class);
        var terms = merged.terms();
        // Only a changed code or currency is passed on, to be refused: both are fixed for good.
        var changes = new PlanCatalogUseCase.PlanTerms(
                current.code().equals(terms.code()) ? null : String.valueOf(terms.code()), terms.name(),
                current.currency().value().equals(terms.currency()) ? null : String.valueOf(terms.currency()),
                terms.monthlyPrice(), terms.yearlyPrice(), terms.limits() == null ? java.util.Map.of() : terms.limits(),
                terms.active());
        return withETag(plans.revise(BillingDtos.caller(identity), planId, expected, changes));
    }

    private static RestResponse<PlanResponse> withETag(Plan plan) {
        return RestResponse.ResponseBuilder.ok(PlanResponse.of(plan)).tag(ETags.of(plan.version())).build();
    }
}
