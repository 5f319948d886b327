package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.adapter.rest.BillingDtos.InvoiceResponse;
import io.blogflow.billing.adapter.rest.BillingDtos.SubscriptionResponse;
import io.blogflow.billing.adapter.rest.BillingDtos.UsageResponse;
import io.blogflow.billing.application.port.in.AccountBilling;
import io.blogflow.billing.application.port.in.InvoicesUseCase;
import io.blogflow.billing.application.port.in.SubscriptionUseCase;
import io.blogflow.billing.application.port.in.UsageUseCase;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/admin/billing/accounts/{userId}")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing (admin)")
public class AdminBillingAccountResource {

    static final String SUBSCRIPTION_EXAMPLE = """
            {"id": "0190b1c2-0000-7000-8000-0000000000aa", "account": "0190b1c2-0000-7000-8000-000000000001",
             "plan": {"id": "0190a000-0000-7000-8000-000000000002", "code": "pro", "version": 1, "name": "Pro",
                      "currency": "USD", "price": 1900},
             "interval": "month", "status": "active", "currentPeriodStart": "2026-03-14T09:30:00Z",
             "currentPeriodEnd": "2026-04-14T09:30:00Z", "pendingPlan": null, "pendingInterval": null,
             "pastDueSince": null, "providerManaged": false,
             "upcoming": [{"kind": "proration", "description": "Remaining time on Pro from 2026-03-20T10:00:00Z",
                           "metric": null, "quantity": 1, "amount": 1520}], "version": 3}""";

    static final String USAGE_EXAMPLE = """
            {"account": "0190b1c2-0000-7000-8000-000000000001", "periodStart": "2026-03-14T09:30:00Z",
             "periodEnd": "2026-04-14T09:30:00Z",
             "metrics": {"ai_runs": {"used": 41, "reserved": 1, "included": 2000, "limit": null, "overageCharge": 0,
                                     "resets": true},
                         "seats": {"used": 4, "reserved": 0, "included": 10, "limit": 25, "overageCharge": 0,
                                   "resets": false}},
             "history": [{"periodStart": "2026-02-14T09:30:00Z", "periodEnd": "2026-03-14T09:30:00Z",
                          "used": {"ai_runs": 1830, "seats": 4}}]}""";

    private final SubscriptionUseCase subscriptions;
    private final UsageUseCase usage;
    private final InvoicesUseCase invoices;
    private final SecurityIdentity identity;

    public AdminBillingAccountResource(SubscriptionUseCase subscriptions, UsageUseCase usage,
                                       InvoicesUseCase invoices, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.invoices = invoices;
        this.identity = identity;
    }

    @Schema(name = "PlanAssignment")
    record PlanAssignment(@Schema(required = true) String planId,
                          @Schema(enumeration = {"month", "year"}, nullable = true,
                                  description = "Absent: the current interval.") String interval) {
    }

    @PUT
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adminAssignBillingPlan", summary = "Put an account on a plan",
            description = "Applies at once, upgrade or downgrade, with proration by the second on the next "
                    + "invoice (a credit for the rest of the period at the old price, a charge at the new one). "
                    + "If-Match (the subscription's version) is checked when sent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanAssignment.class), examples = @ExampleObject(name = "pro",
            value = "{\"planId\": \"0190a000-0000-7000-8000-000000000002\", \"interval\": \"month\"}")))
    @APIResponse(responseCode = "200", description = "The subscription after the change.",
            headers = @Header(name = "ETag", description = "The subscription's version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BillingDtos.SubscriptionResponse.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "pro", value = SUBSCRIPTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "planId missing or interval invalid.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such account or plan.")
    @APIResponse(responseCode = "409", description = "The plan is not offered any more (plan.not-offered).")
    @APIResponse(responseCode = "412", description = "If-Match is not the subscription's version.")
    public RestResponse<SubscriptionResponse> assign(@PathParam("userId") String userId,
                                                     @HeaderParam("If-Match") String ifMatch, PlanAssignment body) {
        UserId account = BillingDtos.accountId(userId);
        PlanAssignment assignment = RequestBodies.required(body);
        if (assignment.planId() == null) {
            throw new io.blogflow.shared.domain.ValidationException(java.util.List.of(
                    new io.blogflow.shared.domain.FieldError("planId", "planId.required", "planId is required.")));
        }
        if (ifMatch != null) {
            long current = subscriptions.of(account).subscription().version();
            if (ETags.requiredVersion(ifMatch) != current) {
                throw new StaleVersionException("subscription", current);
            }
        }
        return withETag(subscriptions.assignPlan(BillingDtos.caller(identity), account,
                BillingDtos.planId(assignment.planId()), assignment.interval()));
    }

    @GET
    @Path("subscription")
    @Operation(operationId = "adminGetAccountSubscription", summary = "An account's subscription")
    @APIResponse(responseCode = "200", description = "The subscription.",
            headers = @Header(name = "ETag", description = "The subscription's version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BillingDtos.SubscriptionResponse.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "pro", value = SUBSCRIPTION_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public RestResponse<SubscriptionResponse> subscription(@PathParam("userId") String userId) {
        return withETag(subscriptions.of(BillingDtos.accountId(userId)));
    }

    @GET
    @Path("usage")
    @Operation(operationId = "adminGetAccountUsage", summary = "An account's usage",
            description = "The current period per metric (used, reserved by calls in flight, included, limit, "
                    + "overage so far) and up to 12 earlier periods.")
    @APIResponse(responseCode = "200", description = "The usage.", content = @Content(schema = @Schema(implementation = BillingDtos.UsageResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "usage", value = USAGE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public UsageResponse usage(@PathParam("userId") String userId) {
        UserId account = BillingDtos.accountId(userId);
        return UsageResponse.of(account, usage.usage(account));
    }

    @GET
    @Path("invoices")
    @Operation(operationId = "adminListAccountInvoices", summary = "An account's invoices, newest first",
            description = "Paged with page and size (at most 100); Link headers point at the other pages.")
    @APIResponse(responseCode = "200", description = "A page of invoices.",
            headers = @Header(name = "Link", description = "first, prev, next, last pages (RFC 8288).",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid page or size.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public RestResponse<PageResponse<InvoiceResponse>> invoices(@PathParam("userId") String userId,
                                                               @QueryParam("page") String page,
                                                               @QueryParam("size") String size,
                                                               @Context UriInfo uri) {
        var request = Paging.request(page, size);
        var found = invoices.ofAccount(BillingDtos.accountId(userId), request);
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, InvoiceResponse::of))
                .links(Paging.links(found, uri)).build();
    }

    static RestResponse<SubscriptionResponse> withETag(AccountBilling billing) {
        return RestResponse.ResponseBuilder.ok(SubscriptionResponse.of(billing))
                .tag(ETags.of(billing.subscription().version())).build();
    }
}
