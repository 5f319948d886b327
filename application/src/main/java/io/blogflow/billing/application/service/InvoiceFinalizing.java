package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.out.InvoiceNumbers;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.domain.Invoice;
import java.time.Instant;

/**
 * Finalizing, in the caller's transaction: the invoice takes the next number of the year (the counter row moves in
 * the same transaction, so numbers have no gaps), and an invoice of nothing is settled at once.
 */
public final class InvoiceFinalizing {

    private final InvoiceRepository invoices;
    private final InvoiceNumbers numbers;

    public InvoiceFinalizing(InvoiceRepository invoices, InvoiceNumbers numbers) {
        this.invoices = invoices;
        this.numbers = numbers;
    }

    public Invoice finalize(Invoice draft, Instant now) {
        long sequence = numbers.next(Invoice.numberingYear(now));
        Invoice open = draft.finalized(Invoice.number(now, sequence), now);
        return invoices.update(open.total() <= 0 ? open.paid(null, null, now) : open);
    }
}
