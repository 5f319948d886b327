package io.blogflow.billing.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.billing.domain.CurrencyCode;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpenPdfInvoiceDocumentsTest {

    @Test
    void theInvoicePdfReadsAsTheInvoiceItIsOf() throws IOException {
        UserId account = new UserId(UUID.randomUUID());
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        Invoice invoice = Invoice.draft(UUID.randomUUID(), account, UUID.randomUUID(), new CurrencyCode("EUR"), start,
                Instant.parse("2026-04-01T00:00:00Z"), List.of(
                        new InvoiceLine(InvoiceLine.Kind.BASE, "Pro plan, monthly", null, 1, 1900),
                        new InvoiceLine(InvoiceLine.Kind.OVERAGE, "ai_runs beyond 2000 included", Metric.AI_RUNS, 150,
                                300),
                        new InvoiceLine(InvoiceLine.Kind.PRORATION, "Unused time on Free", null, 1, -5)), start)
                .finalized("2026-000042", Instant.parse("2026-04-01T01:00:00Z"));

        byte[] pdf = new OpenPdfInvoiceDocuments().pdf(invoice, "Example Publishing Ltd");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Example Publishing Ltd", "Invoice 2026-000042", "Status: open",
                    "Account: " + account, "Issued: 2026-04-01", "Period: 2026-03-01 to 2026-04-01",
                    "Pro plan, monthly", "19.00 EUR", "ai_runs beyond 2000 included", "150", "3.00 EUR",
                    "Unused time on Free", "-0.05 EUR", "Total", "21.95 EUR");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Invoice 2026-000042");
        }
    }
}
