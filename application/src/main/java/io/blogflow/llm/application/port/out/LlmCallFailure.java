package io.blogflow.llm.application.port.out;

import java.time.Duration;

/**
 * A provider call that failed, classified so the caller can decide what to do and log why: the kind, the HTTP
 * status when there was a response, the provider's own error code when it sent one, and how long it asked us to
 * wait ({@code Retry-After}) when it did. The message never contains the auth token.
 */
public final class LlmCallFailure extends RuntimeException {

    public enum Kind {
        /** 401/403: the token is wrong or missing. */
        AUTHENTICATION(false),
        /** 404: the model (or the endpoint) does not exist at this provider. */
        NOT_FOUND(false),
        /** 400/422: the provider refused the request itself (e.g. too many tokens). */
        BAD_REQUEST(false),
        /** 429: slow down (retried after {@code Retry-After} when given). */
        RATE_LIMITED(true),
        /** 5xx. */
        SERVER_ERROR(true),
        /** No complete answer within the timeout. */
        TIMEOUT(true),
        /** Could not connect, or the connection broke. */
        CONNECTION(true),
        /** A 2xx whose body is not the protocol's answer. */
        MALFORMED_RESPONSE(false),
        /** The provider's host now resolves to an address the SSRF policy refuses: nothing was sent. */
        BLOCKED_ADDRESS(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final Integer httpStatus;
    private final String providerCode;
    private final Duration retryAfter;

    public LlmCallFailure(Kind kind, Integer httpStatus, String providerCode, Duration retryAfter, String message,
                          Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.providerCode = providerCode;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String providerCode() {
        return providerCode;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
