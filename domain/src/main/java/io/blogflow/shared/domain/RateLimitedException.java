package io.blogflow.shared.domain;

/** Too many requests from one caller; the client should wait {@link #retryAfterSeconds()} before trying again. */
public final class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(Kind.RATE_LIMITED, "too-many-requests",
                "Too many requests; retry after " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
