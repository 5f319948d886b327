package io.blogflow.shared.adapter.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per key, in this JVM. Idle buckets are dropped after an hour (they would be full again anyway),
 * so memory follows the number of active callers. Counts are per instance: with several instances, use
 * {@link RedisRateLimiter}. Buckets refill by the given clock (the application's), so a test that holds the clock
 * still sees exactly the capacity pass.
 */
public class Bucket4jRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(1_000_000).build();
    private final TimeMeter time;

    public Bucket4jRateLimiter(Clock clock) {
        this.time = new MonotonicTime(clock);
    }

    /**
     * The clock's forward movement only. Buckets remember when they last refilled: should the clock be set back
     * (an operator's correction, a test resetting its clock), a plain reading would stop every refill until the clock
     * caught up again; here a step back is ignored and time goes on from there.
     */
    private static final class MonotonicTime implements TimeMeter {

        private final Clock clock;
        private long lastSeen;
        private long elapsed;

        MonotonicTime(Clock clock) {
            this.clock = clock;
            this.lastSeen = nanos(clock.instant());
            this.elapsed = lastSeen;
        }

        @Override
        public synchronized long currentTimeNanos() {
            long now = nanos(clock.instant());
            elapsed += Math.max(0, now - lastSeen);
            lastSeen = now;
            return elapsed;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        private static long nanos(Instant instant) {
            return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
        }
    }

    @Override
    public Decision consume(String key, Limit limit) {
        Bucket bucket = buckets.get(Buckets.nameOf(key, limit), k -> newBucket(limit));
        return Buckets.decisionOf(bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder().addLimit(Buckets.bandwidthOf(limit)).withCustomTimePrecision(time).build();
    }
}
