package io.blogflow.llm.application.service;

import io.blogflow.shared.application.port.out.ProviderCallFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a model again: only failures that may pass (429, 5xx, timeouts, broken connections), at most
 * {@code maxAttempts} times, after an exponential backoff with full jitter ({@code initialBackoff · 2^(n-1)}, capped
 * at {@code maxBackoff}, times a random factor so many runs don't retry in step), or after exactly what the
 * provider's {@code Retry-After} asked. A provider asking for more than {@code maxRetryAfter} is not waited for: the
 * run moves on to the fallback model instead of holding a thread that long.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          DoubleSupplier jitter) {

    public RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0
                || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("at least one attempt, and backoffs that grow");
        }
    }

    /** The wait before attempt {@code failedAttempt + 1}, or empty when the model should not be tried again. */
    public Optional<Duration> retryAfter(int failedAttempt, ProviderCallFailure failure) {
        if (!failure.kind().retryable() || failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        Duration asked = failure.retryAfter();
        if (asked != null) {
            return asked.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(asked);
        }
        long ceiling = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(failedAttempt - 1, 20));
        return Optional.of(Duration.ofMillis(Math.round(ceiling * jitter.getAsDouble())));
    }
}
