package io.blogflow.shared.domain.job;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long a failed job waits before its next attempt: the initial delay doubled per failure, capped, with "equal
 * jitter" (a random point in the upper half of the delay) so jobs that failed together do not retry together.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max");
        }
    }

    /**
     * The wait after the given failed attempt (1 = the first attempt failed).
     *
     * @param random a value in [0, 1)
     */
    public Duration after(int failedAttempt, DoubleSupplier random) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        long ceiling = max.toMillis();
        long delay = initial.toMillis();
        for (int i = 1; i < failedAttempt && delay < ceiling; i++) {
            delay = delay * 2;
        }
        delay = Math.min(delay, ceiling);
        long half = delay / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (delay - half)));
    }
}
