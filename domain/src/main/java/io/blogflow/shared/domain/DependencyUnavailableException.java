package io.blogflow.shared.domain;

/**
 * A third-party service we need for this request (a payment provider) failed or cannot be reached: not the client's
 * fault, and worth retrying after {@link #retryAfterSeconds()} (503 with Retry-After).
 */
public final class DependencyUnavailableException extends DomainException {

    private final long retryAfterSeconds;

    public DependencyUnavailableException(String code, String message, long retryAfterSeconds) {
        super(Kind.UNAVAILABLE, code, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
