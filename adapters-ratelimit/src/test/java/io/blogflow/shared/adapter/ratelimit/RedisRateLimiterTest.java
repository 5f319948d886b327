package io.blogflow.shared.adapter.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.application.port.out.RateLimiter.Decision;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two limiters on one Redis server stand for two instances of the application: they count against the same
 * buckets. Runs against the Redis server on 127.0.0.1:6379 (BLOGFLOW_TEST_REDIS_URL to use another), each test under
 * its own key prefix.
 */
class RedisRateLimiterTest {

    private static final String URL = System.getenv().getOrDefault("BLOGFLOW_TEST_REDIS_URL",
            "redis://127.0.0.1:6379");

    private final SteppedClock clock = new SteppedClock();
    private final String prefix = "blogflow-test:" + UUID.randomUUID() + ":";
    private final RedisRateLimiter first = new RedisRateLimiter(URL, prefix, clock, Duration.ofSeconds(2));
    private final RedisRateLimiter second = new RedisRateLimiter(URL, prefix, clock, Duration.ofSeconds(2));
    private final Limit threePerHour = new Limit(3, Duration.ofHours(1));

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void twoInstancesShareOneLimit() {
        assertThat(first.consume("user-1", threePerHour).remaining()).isEqualTo(2);
        assertThat(second.consume("user-1", threePerHour).remaining()).isEqualTo(1);
        assertThat(first.consume("user-1", threePerHour).remaining()).isZero();

        Decision refusedBySecond = second.consume("user-1", threePerHour);
        Decision refusedByFirst = first.consume("user-1", threePerHour);

        assertThat(refusedBySecond.allowed()).isFalse();
        assertThat(refusedBySecond.retryAfterSeconds()).isEqualTo(1_200);
        assertThat(refusedBySecond.resetSeconds()).isEqualTo(3_600);
        assertThat(refusedByFirst.allowed()).isFalse();
    }

    @Test
    void theSharedBucketRefillsByTheClock() {
        for (int i = 0; i < 3; i++) {
            first.consume("user-1", threePerHour);
        }

        clock.now = clock.now.plus(Duration.ofMinutes(19));
        assertThat(second.consume("user-1", threePerHour).allowed()).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        Decision refilled = second.consume("user-1", threePerHour);

        assertThat(refilled.allowed()).isTrue();
        assertThat(refilled.remaining()).isZero();
        assertThat(first.consume("user-1", threePerHour).allowed()).isFalse();
    }

    @Test
    void eachKeyAndEachLimitHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            first.consume("user-1", threePerHour);
        }

        assertThat(second.consume("user-2", threePerHour).allowed()).isTrue();
        assertThat(second.consume("user-1", new Limit(5, Duration.ofHours(1))).allowed()).isTrue();
    }

    @Test
    void anUnreachableServerLetsRequestsThrough() {
        try (RedisRateLimiter limiter = new RedisRateLimiter(URL, prefix, clock, Duration.ofMillis(300))) {
            limiter.close(); // the connection is gone: every call fails at once
            for (int i = 0; i < 5; i++) {
                assertThat(limiter.consume("user-1", threePerHour).allowed()).isTrue();
            }
        }
    }

    @Test
    void aServerNotAnsweringAtStartDoesNotFailTheStartAndLetsRequestsThrough() {
        try (RedisRateLimiter limiter = new RedisRateLimiter("redis://127.0.0.1:1", prefix, clock,
                Duration.ofMillis(300))) {
            for (int i = 0; i < 5; i++) {
                assertThat(limiter.consume("user-1", threePerHour).allowed()).isTrue();
            }
        }
    }
}
