package io.blogflow.llm.adapter.resilience;

import java.time.Duration;
import java.time.Instant;

/**
 * Stops sending calls to a provider that keeps failing. After {@code failureThreshold} consecutive failures it opens
 * for {@code openFor}: calls are refused without touching the network. Then it lets one trial call through
 * (half-open); that call's outcome closes it again or re-opens it for another {@code openFor}. Thread-safe: one
 * breaker per provider is shared by every run in this instance.
 */
final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    CircuitBreaker(int failureThreshold, Duration openFor) {
        if (failureThreshold < 1 || openFor == null || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("a breaker opens after at least one failure, for a positive time");
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
    }

    /** Whether a call may go out now; in half-open state only the first caller gets the trial. */
    public synchronized boolean allows(Instant now) {
        return switch (state(now)) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void succeeded() {
        consecutiveFailures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void failed(Instant now) {
        boolean trialFailed = trialInFlight;
        trialInFlight = false;
        consecutiveFailures++;
        if (trialFailed || consecutiveFailures >= failureThreshold) {
            openedAt = now;
        }
    }

    public synchronized State state(Instant now) {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return now.isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }

    /** When an open breaker lets the next trial through ({@code null} unless open). */
    public synchronized Instant retryAt(Instant now) {
        return state(now) == State.OPEN ? openedAt.plus(openFor) : null;
    }
}
