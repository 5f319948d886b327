package io.blogflow.identity.domain;

import java.time.Duration;

/**
 * After {@code threshold} consecutive failed logins an account is locked for {@code baseLock}; every further
 * {@code threshold} failures double the lock, up to {@code maxLock}.
 */
public record LockoutPolicy(int threshold, Duration baseLock, Duration maxLock) {

    public LockoutPolicy {
        if (threshold < 1 || baseLock.isNegative() || baseLock.isZero() || maxLock.compareTo(baseLock) < 0) {
            throw new IllegalArgumentException("Invalid lockout policy: " + threshold + ", " + baseLock + ", " + maxLock);
        }
    }

    /** How long to lock after this many consecutive failures; zero while under the threshold. */
    public Duration lockFor(int consecutiveFailures) {
        if (consecutiveFailures < threshold || consecutiveFailures % threshold != 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(consecutiveFailures / threshold - 1, 30);
        Duration lock = baseLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
