package io.blogflow.billing.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the billing context. */
public final class BillingErrors {

    private BillingErrors() {
    }

    public static final class InvalidTransition extends DomainException {
        public InvalidTransition(InvoiceStatus from, InvoiceStatus to) {
            super(Kind.CONFLICT, "invoice.invalid-transition", "An invoice that is " + from.code() + " cannot become "
                    + to.code() + (from.next().isEmpty() ? " (it is final)." : "; it can become "
                    + from.next().stream().map(InvoiceStatus::code).sorted().toList() + "."));
        }
    }
}
