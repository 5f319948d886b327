package io.blogflow.shared.adapter.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.application.port.out.RateLimiter.Decision;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Bucket4jRateLimiterTest {

    private final SteppedClock clock = new SteppedClock();
    private final Bucket4jRateLimiter limiter = new Bucket4jRateLimiter(clock);
    private final Limit threePerHour = new Limit(3, Duration.ofHours(1));

    @Test
    void requestsUpToTheCapacityPassAndTheNextOneIsToldWhenToRetry() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            Decision decision = limiter.consume("user-1", threePerHour);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(remaining);
        }

        Decision refused = limiter.consume("user-1", threePerHour);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1_200);
        assertThat(refused.resetSeconds()).isEqualTo(3_600);
    }

    @Test
    void theBucketRefillsByTheClock() {
        for (int i = 0; i < 3; i++) {
            limiter.consume("user-1", threePerHour);
        }

        clock.now = clock.now.plus(Duration.ofMinutes(19));
        assertThat(limiter.consume("user-1", threePerHour).allowed()).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        Decision refilled = limiter.consume("user-1", threePerHour);

        assertThat(refilled.allowed()).isTrue();
        assertThat(refilled.remaining()).isZero();
    }

    @Test
    void aClockSetBackDoesNotStopTheRefill() {
        clock.now = clock.now.plus(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            limiter.consume("user-1", threePerHour);
        }
        clock.now = clock.now.minus(Duration.ofHours(2));
        assertThat(limiter.consume("user-1", threePerHour).allowed()).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(20));

        assertThat(limiter.consume("user-1", threePerHour).allowed()).isTrue();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.consume("user-1", threePerHour);
        }

        assertThat(limiter.consume("user-2", threePerHour).allowed()).isTrue();
    }
}
