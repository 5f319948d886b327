package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.adapter.rest.BillingDtos.InvoiceResponse;
import io.blogflow.billing.application.port.in.InvoicesUseCase;
import io.blogflow.billing.application.port.in.ManageInvoicesUseCase;
import io.blogflow.billing.application.port.in.RevenueUseCase;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/billing")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing (admin)")
public class AdminBillingInvoiceResource {

    static final String INVOICE_EXAMPLE = """
            {"id": "0190b1c2-0000-7000-8000-0000000000bb", "number": "2026-000042",
             "account": "0190b1c2-0000-7000-8000-000000000001", "status": "open", "currency": "USD",
             "periodStart": "2026-04-14T09:30:00Z", "periodEnd": "2026-05-14T09:30:00Z",
             "lines": [{"kind": "base", "description": "Pro plan, monthly", "metric": null, "quantity": 1,
                        "amount": 1900},
                       {"kind": "overage", "description": "ai_runs beyond 2000 included", "metric": "ai_runs",
                        "quantity": 150, "amount": 300}],
             "total": 2200, "createdAt": "2026-04-14T09:30:05Z", "finalizedAt": "2026-04-14T10:30:05Z",
             "settledAt": null, "paidWith": null, "version": 1}""";

    /** The moves an admin makes, by path segment. */
    private static final Map<String, InvoiceStatus> ACTIONS = Map.of("finalize", InvoiceStatus.OPEN,
            "pay", InvoiceStatus.PAID, "void", InvoiceStatus.VOID, "mark-uncollectible", InvoiceStatus.UNCOLLECTIBLE);

    private final InvoicesUseCase invoices;
    private final ManageInvoicesUseCase managing;
    private final RevenueUseCase revenue;
    private final SecurityIdentity identity;

    public AdminBillingInvoiceResource(InvoicesUseCase invoices, ManageInvoicesUseCase managing,
                                       RevenueUseCase revenue, SecurityIdentity identity) {
        this.invoices = invoices;
        this.managing = managing;
        this.revenue = revenue;
        this.identity = identity;
    }

    @GET
    @Path("invoices")
    @Operation(operationId = "adminListInvoices", summary = "All accounts' invoices, newest first",
            description = "Optionally of one status; paged with page and size (at most 100), Link headers.")
    @APIResponse(responseCode = "200", description = "A page of invoices.",
            headers = @Header(name = "Link", description = "first, prev, next, last pages (RFC 8288).",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid status, page or size.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public RestResponse<PageResponse<InvoiceResponse>> list(
            @Parameter(schema = @Schema(enumeration = {"draft", "open", "paid", "void", "uncollectible"}))
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        var validation = new Validation();
        InvoiceStatus filter = status == null ? null : validation.field("status", () -> status(status));
        var request = validation.field("page", () -> Paging.request(page, size));
        validation.throwIfInvalid();
        var found = invoices.all(filter, request);
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, InvoiceResponse::of))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("invoices/{id}")
    @Produces({MediaType.APPLICATION_JSON, BillingDtos.PDF})
    @Operation(operationId = "adminGetInvoice", summary = "One invoice, as JSON or (Accept: application/pdf) PDF")
    @APIResponse(responseCode = "200", description = "The invoice.",
            headers = @Header(name = "ETag", description = "The invoice's version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class),
                    examples = @ExampleObject(name = "open", value = INVOICE_EXAMPLE)),
                    @Content(mediaType = BillingDtos.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such invoice.")
    @APIResponse(responseCode = "406", description = "Neither JSON nor PDF is acceptable.")
    public Response get(@PathParam("id") String id, @HeaderParam("Accept") String accept) {
        Invoice invoice = invoices.get(BillingDtos.invoiceId(id));
        return wantsPdf(accept) ? InvoiceRenditions.pdf(invoices, invoice) : InvoiceRenditions.json(invoice);
    }

    @POST
    @Path("invoices/{id}/{action: finalize|pay|void|mark-uncollectible}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "adminMoveInvoice", summary = "Finalize, mark paid, void or write off an invoice",
            description = "finalize: a draft becomes open and takes the year's next number; pay: a manual payment "
                    + "(open or uncollectible → paid); void: a draft or open invoice is cancelled; "
                    + "mark-uncollectible: an open invoice is written off. Needs If-Match with its version.")
    @APIResponse(responseCode = "200", description = "The invoice after the move.",
            headers = @Header(name = "ETag", description = "The invoice's new version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class),
                    examples = @ExampleObject(name = "open", value = INVOICE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such invoice.")
    @APIResponse(responseCode = "409", description = "Not a move from its status (invoice.invalid-transition).")
    @APIResponse(responseCode = "412", description = "If-Match is not the invoice's version.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response move(@PathParam("id") String id, @PathParam("action") String action,
                         @HeaderParam("If-Match") String ifMatch) {
        var invoiceId = BillingDtos.invoiceId(id);
        long expected = ETags.requiredVersion(ifMatch);
        return InvoiceRenditions.json(managing.transition(BillingDtos.caller(identity), invoiceId, expected,
                ACTIONS.get(action)));
    }

    @Schema(name = "MonthRevenue")
    record MonthRevenueResponse(@Schema(examples = "2026-04") String month, String currency,
                                @Schema(required = true,
                                        description = "Monthly recurring revenue from base prices, minor units.")
                                long mrr,
                                @Schema(required = true,
                                        description = "Paid in the month, minor units.") long collected) {
    }

    @GET
    @Path("revenue")
    @Operation(operationId = "adminGetRevenue", summary = "Revenue per month (MRR) and what was collected",
            description = "from and to are months (YYYY-MM, UTC), at most 120 apart; default: the last 12 months. MRR "
                    + "counts base prices of finalized, not void, invoices (a yearly price spread over its months).")
    @APIResponse(responseCode = "200", description = "One entry per month and currency with revenue.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MonthRevenueResponse.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "april",
                    value = "[{\"month\": \"2026-04\", \"currency\": \"USD\", \"mrr\": 190000, "
                            + "\"collected\": 183400}]")))
    @APIResponse(responseCode = "400", description = "from or to is not a month, or to is before from.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public List<MonthRevenueResponse> revenue(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        var validation = new Validation();
        YearMonth end = validation.field("to", () -> month("to", to, now));
        YearMonth start = validation.field("from", () -> month("from", from,
                (end == null ? now : end).minusMonths(11)));
        validation.throwIfInvalid();
        return revenue.revenue(start, end).stream().map(month -> new MonthRevenueResponse(month.month().toString(),
                month.currency(), month.mrr(), month.collected())).toList();
    }

    static boolean wantsPdf(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(BillingDtos.PDF)
                && !accept.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON);
    }

    private static YearMonth month(String name, String raw, YearMonth fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name + ".invalid", name + " is a month: YYYY-MM.");
        }
    }

    private static InvoiceStatus status(String raw) {
        try {
            return InvoiceStatus.ofCode(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status.invalid",
                    "status is one of draft, open, paid, void, uncollectible.");
        }
    }
}
