package io.blogflow.shared.application.port.out;

import java.time.Duration;

/**
 * Counts requests per key (a principal, an IP) against a limit. In-process by default; a shared store (Redis)
 * implements the same port when several instances must share the counts.
 */
public interface RateLimiter {

    Decision consume(String key, Limit limit);

    /** {@code capacity} requests per {@code window}, refilled continuously. */
    record Limit(int capacity, Duration window) {

        public Limit {
            if (capacity < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a capacity >= 1 and a positive window");
            }
        }
    }

    /**
     * @param resetSeconds      until the full capacity is available again
     * @param retryAfterSeconds until the next request is allowed (0 when this one was)
     */
    record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }
}
