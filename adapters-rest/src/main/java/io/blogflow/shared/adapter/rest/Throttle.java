package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.RateLimiter.Decision;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import io.blogflow.shared.domain.RateLimitedException;
import io.vertx.core.http.HttpServerResponse;

/** Applies a rate limit and reports it in the IETF {@code RateLimit-*} response headers. */
public final class Throttle {

    private Throttle() {
    }

    /** Throws {@link RateLimitedException} (429 with Retry-After) when the key is over its limit. */
    public static void check(RateLimiter limiter, String key, Limit limit, HttpServerResponse response) {
        Decision decision = limiter.consume(key, limit);
        if (response != null && !response.headWritten()) {
            response.putHeader("RateLimit-Limit", Integer.toString(decision.limit()))
                    .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                    .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        }
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
    }
}
