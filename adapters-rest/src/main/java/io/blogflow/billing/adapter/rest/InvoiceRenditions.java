package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.application.port.in.InvoicesUseCase;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.shared.adapter.rest.ETags;
import jakarta.ws.rs.core.Response;

/** An invoice as JSON or as its PDF document, both with the invoice's version as ETag. */
final class InvoiceRenditions {

    private InvoiceRenditions() {
    }

    static Response json(Invoice invoice) {
        return Response.ok(BillingDtos.InvoiceResponse.of(invoice)).tag(ETags.of(invoice.version())).build();
    }

    static Response pdf(InvoicesUseCase invoices, Invoice invoice) {
        return Response.ok(invoices.pdf(invoice), BillingDtos.PDF).tag(ETags.of(invoice.version()))
                .header("Content-Disposition", "inline; filename=\"" + BillingDtos.pdfName(invoice) + "\"").build();
    }
}
