package io.blogflow.shared.bootstrap;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The application clock in Quarkus tests: real time, plus an offset a test may move forward (lock expiry, grace
 * windows) instead of sleeping; or held still ({@link #freeze()}) where elapsing time would blur a count (rate-limit
 * buckets refill by it). Tests that move or hold it call {@link #reset()} afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozenAt;

    public void advance(Duration by) {
        offset = offset.plus(by);
        Instant frozen = frozenAt;
        if (frozen != null) {
            frozenAt = frozen.plus(by);
        }
    }

    /** Stops the clock where it is now; {@link #advance} still moves it, {@link #reset()} lets it run again. */
    public void freeze() {
        frozenAt = instant();
    }

    public void reset() {
        offset = Duration.ZERO;
        frozenAt = null;
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
