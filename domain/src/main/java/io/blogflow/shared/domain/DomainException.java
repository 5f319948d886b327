package io.blogflow.shared.domain;

/**
 * A broken business rule. Each subclass names a stable machine {@link #code()} and the {@link #kind()} of failure,
 * which inbound adapters translate into their protocol (HTTP status, problem type) without knowing every subclass.
 */
public abstract class DomainException extends RuntimeException {

    /** The kinds of failure a client can act on; each maps to one HTTP status at the REST edge. */
    public enum Kind {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, STALE, RATE_LIMITED,
        /** A body larger than accepted (413). */
        TOO_LARGE,
        /** A body in a format not accepted, recognised from its bytes (415). */
        UNSUPPORTED,
        /** The account's plan does not cover this: a usage quota is used up (402). */
        PAYMENT_REQUIRED,
        /** A service we depend on (a payment provider) cannot answer now; retry later (503). */
        UNAVAILABLE
    }

    private final String code;
    private final Kind kind;

    protected DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
