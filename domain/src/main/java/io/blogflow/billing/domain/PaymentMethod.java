package io.blogflow.billing.domain;

import java.util.Locale;

/** How an invoice was settled. */
public enum PaymentMethod {
    /** Marked paid by an admin (bank transfer, cash…): the way without a payment provider. */
    MANUAL,
    /** Collected by the payment provider and confirmed by its webhook. */
    PROVIDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
