package io.blogflow.shared.application.port.out;

import java.time.Duration;

/**
 * A provider call that failed, classified so the caller can decide what to do and log why: the kind, the HTTP
 * status when there was a response, the provider's own error code when it sent one, and how long it asked us to
 * wait ({@code Retry-After}) when it did. The message never contains the auth token.
 */
public final class ProviderCallFailure extends RuntimeException {

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

        /**
         * The kind an HTTP error status means, whatever the protocol (chat, images). Redirects are not followed
         * (the URL policy never checked their target), so a 3xx means the API is not here: NOT_FOUND.
         */
        public static Kind ofHttpStatus(int status) {
            return switch (status) {
                case 400, 422 -> BAD_REQUEST;
                case 401, 403 -> AUTHENTICATION;
                case 404 -> NOT_FOUND;
                case 408 -> TIMEOUT;
                case 429 -> RATE_LIMITED;
                default -> status >= 500 ? SERVER_ERROR : status < 400 ? NOT_FOUND : BAD_REQUEST;
            };
        }
    }

    /**
     * A {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3) relative to {@code now};
     * {@code null} when absent or unreadable.
     */
    public static Duration retryAfter(String value, java.time.Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(now, java.time.ZonedDateTime.parse(value.strip(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private final Kind kind;
    private final Integer httpStatus;
    private final String providerCode;
    private final Duration retryAfter;

    public ProviderCallFailure(Kind kind, Integer httpStatus, String providerCode, Duration retryAfter, String message,
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
