package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Invoice;

/** Invoices as documents people read and keep. */
public interface InvoiceDocuments {

    /** The invoice as a PDF. */
    byte[] pdf(Invoice invoice, String issuer);
}
