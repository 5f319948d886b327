package io.blogflow.billing.application.port.out;

/**
 * Invoice numbers without gaps: a counter row per year, advanced in the transaction that finalizes the invoice, so a
 * rolled-back finalization gives its number back and concurrent ones queue on the row.
 */
public interface InvoiceNumbers {

    long next(int year);
}
