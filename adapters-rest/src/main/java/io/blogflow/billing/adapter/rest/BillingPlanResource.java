package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.adapter.rest.PlanDtos.PlanResponse;
import io.blogflow.billing.application.port.in.PlanCatalogUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/billing/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing", description = "Plans, subscriptions, usage against the plan's limits, invoices and payments.")
public class BillingPlanResource {

    private final PlanCatalogUseCase plans;

    public BillingPlanResource(PlanCatalogUseCase plans) {
        this.plans = plans;
    }

    @GET
    @SecurityRequirements
    @Operation(operationId = "listBillingPlans", summary = "The plans on offer, cheapest first",
            description = "Public. Each plan's current version with its prices and, per metric, what it includes, its "
                    + "hard cap and its overage price.")
    @APIResponse(responseCode = "200", description = "The active plans.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PlanDtos.PlanResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plans",
            value = "[" + PlanDtos.EXAMPLE + "]")))
    public List<PlanResponse> offered() {
        return plans.offered().stream().map(PlanResponse::of).toList();
    }
}
