package io.blogflow.billing.domain;

import io.blogflow.shared.domain.DomainException;

/** Refusals of the billing context. */
public final class BillingErrors {

    private BillingErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String kindOfThing, String id) {
            super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing.replace('-', ' ') + " '" + id + "'.");
        }
    }

    /** The request is well-formed but billing's current state refuses it (409). */
    public static final class Conflict extends DomainException {
        public Conflict(String code, String message) {
            super(Kind.CONFLICT, code, message);
        }
    }

    public static final class InvalidTransition extends DomainException {
        public InvalidTransition(InvoiceStatus from, InvoiceStatus to) {
            super(Kind.CONFLICT, "invoice.invalid-transition", "An invoice that is " + from.code() + " cannot become "
                    + to.code() + (from.next().isEmpty() ? " (it is final)." : "; it can become "
                    + from.next().stream().map(InvoiceStatus::code).sorted().toList() + "."));
        }
    }

    /** A webhook whose signature does not verify: unsigned, forged or stale (400). */
    public static final class InvalidSignature extends DomainException {
        public InvalidSignature(String message) {
            super(Kind.INVALID, "webhook.invalid-signature", message);
        }
    }
}
