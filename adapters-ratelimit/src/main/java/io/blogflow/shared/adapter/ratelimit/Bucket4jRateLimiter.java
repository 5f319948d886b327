package io.blogflow.shared.adapter.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per key, in this JVM. Idle buckets are dropped after an hour (they would be full again anyway),
 * so memory follows the number of active callers. Counts are per instance: with several instances, use a shared
 * implementation of the port. Buckets refill by the given clock (the application's), so a test that holds the clock
 * still sees exactly the capacity pass.
 */
public class Bucket4jRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(1_000_000).build();
    private final TimeMeter time;

    public Bucket4jRateLimiter(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public Decision consume(String key, Limit limit) {
        Bucket bucket = buckets.get(key + "|" + limit.capacity() + "/" + limit.window(), k -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        long reset = (long) Math.ceil((limit.capacity() - remaining) * limit.window().toMillis()
                / (double) limit.capacity() / 1000);
        long retryAfter = probe.isConsumed() ? 0
                : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        return new Decision(probe.isConsumed(), limit.capacity(), remaining, reset, retryAfter);
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.window()).build())
                .withCustomTimePrecision(time)
                .build();
    }
}
