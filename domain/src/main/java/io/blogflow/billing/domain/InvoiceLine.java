package io.blogflow.billing.domain;

import java.util.Objects;

/**
 * One line of an invoice.
 *
 * @param metric   for overage lines, the metric; otherwise null
 * @param quantity units the line charges for (overage units; 1 for the base price and prorations)
 * @param amount   minor units, negative for credits
 */
public record InvoiceLine(Kind kind, String description, Metric metric, long quantity, long amount) {

    public enum Kind {
        BASE, OVERAGE, PRORATION;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
