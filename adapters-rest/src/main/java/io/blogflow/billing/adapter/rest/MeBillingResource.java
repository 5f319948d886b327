package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.adapter.rest.BillingDtos.InvoiceResponse;
import io.blogflow.billing.adapter.rest.BillingDtos.SubscriptionResponse;
import io.blogflow.billing.adapter.rest.BillingDtos.UsageResponse;
import io.blogflow.billing.application.port.in.InvoicesUseCase;
import io.blogflow.billing.application.port.in.PaymentsUseCase;
import io.blogflow.billing.application.port.in.SubscriptionUseCase;
import io.blogflow.billing.application.port.in.UsageUseCase;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
public class MeBillingResource {

    private final SubscriptionUseCase subscriptions;
    private final UsageUseCase usage;
    private final InvoicesUseCase invoices;
    private final PaymentsUseCase payments;
    private final SecurityIdentity identity;

    public MeBillingResource(SubscriptionUseCase subscriptions, UsageUseCase usage, InvoicesUseCase invoices,
                             PaymentsUseCase payments, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.invoices = invoices;
        this.payments = payments;
        this.identity = identity;
    }

    @GET
    @Path("subscription")
    @Operation(operationId = "getMySubscription", summary = "My subscription",
            description = "My plan (the default plan until I change it), its interval and status, the current "
                    + "period, a downgrade waiting for the period end and charges waiting for the next invoice.")
    @APIResponse(responseCode = "200", description = "The subscription.",
            headers = @Header(name = "ETag", description = "The subscription's version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BillingDtos.SubscriptionResponse.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "pro",
                    value = AdminBillingAccountResource.SUBSCRIPTION_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.")
    public RestResponse<SubscriptionResponse> subscription() {
        return AdminBillingAccountResource.withETag(subscriptions.of(me()));
    }

    @Schema(name = "PlanChange")
    record PlanChange(@Schema(required = true) String planId,
                      @Schema(enumeration = {"month", "year"}, nullable = true) String interval) {
    }

    @PUT
    @Path("subscription/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPlan", summary = "Change my plan",
            description = "An upgrade (or a plan at the same price) applies at once, with proration by the second on "
                    + "the next invoice; a downgrade at the end of the period. Without a payment provider the "
                    + "invoice is paid as an admin records it. Needs If-Match with the subscription's version.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanChange.class), examples = @ExampleObject(name = "pro",
            value = "{\"planId\": \"0190a000-0000-7000-8000-000000000002\", \"interval\": \"year\"}")))
    @APIResponse(responseCode = "200", description = "The subscription after the change.",
            headers = @Header(name = "ETag", description = "The subscription's version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BillingDtos.SubscriptionResponse.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "pro",
                    value = AdminBillingAccountResource.SUBSCRIPTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "planId missing or interval invalid.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "404", description = "No such plan.")
    @APIResponse(responseCode = "409", description = "The plan is not offered (plan.not-offered).")
    @APIResponse(responseCode = "412", description = "If-Match is not the subscription's version.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public RestResponse<SubscriptionResponse> changePlan(@HeaderParam("If-Match") String ifMatch, PlanChange body) {
        PlanChange change = RequestBodies.required(body);
        long expected = ETags.requiredVersion(ifMatch);
        if (change.planId() == null) {
            throw new io.blogflow.shared.domain.ValidationException(java.util.List.of(
                    new io.blogflow.shared.domain.FieldError("planId", "planId.required", "planId is required.")));
        }
        long current = subscriptions.of(me()).subscription().version();
        if (current != expected) {
            throw new StaleVersionException("subscription", current);
        }
        return AdminBillingAccountResource.withETag(subscriptions.changePlan(me(), me(),
                BillingDtos.planId(change.planId()), change.interval()));
    }

    @GET
    @Path("usage")
    @Operation(operationId = "getMyUsage", summary = "My usage",
            description = "The current period per metric (used, reserved by calls in flight, included, limit, "
                    + "overage so far) and up to 12 earlier periods.")
    @APIResponse(responseCode = "200", description = "The usage.", content = @Content(schema = @Schema(implementation = BillingDtos.UsageResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "usage",
            value = AdminBillingAccountResource.USAGE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.")
    public UsageResponse usage() {
        return UsageResponse.of(me(), usage.usage(me()));
    }

    @GET
    @Path("invoices")
    @Operation(operationId = "listMyInvoices", summary = "My invoices, newest first",
            description = "Paged with page and size (at most 100); Link headers point at the other pages.")
    @APIResponse(responseCode = "200", description = "A page of invoices.",
            headers = @Header(name = "Link", description = "first, prev, next, last pages (RFC 8288).",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid page or size.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    public RestResponse<PageResponse<InvoiceResponse>> invoices(@QueryParam("page") String page,
                                                               @QueryParam("size") String size,
                                                               @Context UriInfo uri) {
        var found = invoices.ofAccount(me(), Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, InvoiceResponse::of))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("invoices/{id}")
    @Produces({MediaType.APPLICATION_JSON, BillingDtos.PDF})
    @Operation(operationId = "getMyInvoice", summary = "One of my invoices, as JSON or (Accept: application/pdf) PDF")
    @APIResponse(responseCode = "200", description = "The invoice.",
            headers = @Header(name = "ETag", description = "The invoice's version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class),
                    examples = @ExampleObject(name = "open", value = AdminBillingInvoiceResource.INVOICE_EXAMPLE)),
                    @Content(mediaType = BillingDtos.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "404", description = "No such invoice of mine.")
    @APIResponse(responseCode = "406", description = "Neither JSON nor PDF is acceptable.")
    public Response invoice(@PathParam("id") String id, @HeaderParam("Accept") String accept) {
        Invoice invoice = invoices.ofAccount(me(), BillingDtos.invoiceId(id));
        return AdminBillingInvoiceResource.wantsPdf(accept) ? InvoiceRenditions.pdf(invoices, invoice)
                : InvoiceRenditions.json(invoice);
    }

    @Schema(name = "CheckoutRequest")
    record CheckoutRequest(@Schema(required = true) String planId,
                           @Schema(enumeration = {"month", "year"}, defaultValue = "month") String interval,
                           @Schema(required = true, description = "Absolute http(s) URL Stripe sends the customer "
                                   + "to after paying.") String successUrl,
                           @Schema(required = true, description = "Absolute http(s) URL for a cancelled checkout.")
                           String cancelUrl) {
    }

    @Schema(name = "RedirectResponse")
    record RedirectResponse(@Schema(description = "Where to send the customer.") String url) {
    }

    @POST
    @Path("billing/checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startMyCheckout", summary = "Subscribe through Stripe Checkout",
            description = "Creates (once) my Stripe customer and a Checkout Session for the plan; when it completes, "
                    + "Stripe's webhook puts me on the plan.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckoutRequest.class), examples = @ExampleObject(name = "pro",
            value = "{\"planId\": \"0190a000-0000-7000-8000-000000000002\", \"interval\": \"month\", "
                    + "\"successUrl\": \"https://blog.example/billing/done\", "
                    + "\"cancelUrl\": \"https://blog.example/billing\"}")))
    @APIResponse(responseCode = "200", description = "The Checkout page.", content = @Content(schema = @Schema(implementation = RedirectResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "checkout",
            value = "{\"url\": \"https://checkout.stripe.com/c/pay/cs_test_a1\"}")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "404", description = "No such plan on offer.")
    @APIResponse(responseCode = "409", description = "No payment provider configured (payments.not-configured), or "
            + "the plan costs nothing (plan.free).")
    @APIResponse(responseCode = "503", description = "Stripe could not be reached; retry later.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public RedirectResponse checkout(CheckoutRequest body) {
        CheckoutRequest request = RequestBodies.required(body);
        var validation = new Validation();
        var plan = validation.field("planId", () -> BillingDtos.planId(required("planId", request.planId())));
        URI success = validation.field("successUrl", () -> url("successUrl", request.successUrl()));
        URI cancel = validation.field("cancelUrl", () -> url("cancelUrl", request.cancelUrl()));
        validation.throwIfInvalid();
        return new RedirectResponse(payments.checkout(me(), email(), plan,
                request.interval() == null ? "month" : request.interval(), success, cancel).toString());
    }

    @Schema(name = "PortalRequest")
    record PortalRequest(@Schema(required = true, description = "Absolute http(s) URL to come back to.")
                         String returnUrl) {
    }

    @POST
    @Path("billing/portal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openMyBillingPortal", summary = "Manage payment methods in Stripe's Billing Portal")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PortalRequest.class), examples = @ExampleObject(name = "portal",
            value = "{\"returnUrl\": \"https://blog.example/billing\"}")))
    @APIResponse(responseCode = "200", description = "The portal session.", content = @Content(schema = @Schema(implementation = RedirectResponse.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "portal",
            value = "{\"url\": \"https://billing.stripe.com/p/session/test_a1\"}")))
    @APIResponse(responseCode = "400", description = "returnUrl missing or not an absolute http(s) URL.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "409", description = "No payment provider (payments.not-configured), or I never "
            + "paid through it (payments.no-customer).")
    @APIResponse(responseCode = "503", description = "Stripe could not be reached; retry later.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public RedirectResponse portal(PortalRequest body) {
        PortalRequest request = RequestBodies.required(body);
        var validation = new Validation();
        URI back = validation.field("returnUrl", () -> url("returnUrl", request.returnUrl()));
        validation.throwIfInvalid();
        return new RedirectResponse(payments.portal(me(), back).toString());
    }

    private UserId me() {
        return BillingDtos.caller(identity);
    }

    private String email() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("email") : null;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field + ".required", field + " is required.");
        }
        return value;
    }

    private static URI url(String field, String raw) {
        try {
            URI uri = new URI(required(field, raw));
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null && raw.length() <= 2000) {
                return uri;
            }
        } catch (java.net.URISyntaxException malformed) {
            // refused below
        }
        throw new InvalidValueException(field + ".invalid", field + " must be an absolute http(s) URL.");
    }
}
