package io.blogflow.shared.adapter.ratelimit;

import io.blogflow.shared.application.port.out.RateLimiter;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Token buckets kept in Redis, so every instance counts against the same buckets: N instances let through what one
 * would. Bucket4j updates a bucket by compare-and-swap on one key ({@code <prefix><caller>|<capacity>/<window>}),
 * which expires once the bucket would be full again.
 *
 * <p>Time: the buckets refill by the application clock's wall time, read by each instance. Unlike the in-process
 * limiter's private forward-only counter, wall time is the one reading every instance shares (keep the hosts'
 * clocks synchronised, as the JWT checks already ask); should one instance's clock lag, a bucket it updates simply
 * does not refill until the clock catches up — never more than the limit passes.
 *
 * <p>Failure: the connection is made at start (a wrong address fails the start), and Lettuce reconnects by itself
 * afterwards. While Redis does not answer within the timeout, requests are let through (with a warning every
 * 10 s): the limits protect the service, an outage of their store must not take it down.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisRateLimiter.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;
    private final String prefix;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    /**
     * @param url     {@code redis://[:password@]host:port[/database]} (or {@code rediss://} for TLS)
     * @param prefix  put before every bucket's key, so several applications (or tests) can share one server
     * @param timeout how long a request waits for Redis before it is let through
     */
    public RedisRateLimiter(String url, String prefix, Clock clock, Duration timeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.prefix = prefix;
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .clientClock(new WallTime(clock))
                .requestTimeout(timeout)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public Decision consume(String key, Limit limit) {
        try {
            var bucket = buckets.getProxy(prefix + Buckets.nameOf(key, limit), () -> Buckets.configurationOf(limit));
            return Buckets.decisionOf(bucket.tryConsumeAndReturnRemaining(1), limit);
        } catch (RuntimeException e) {
            warn(e);
            return Buckets.unlimited(limit);
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }

    private void warn(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("Rate limits are not enforced: Redis did not answer (%s)", e.toString());
        }
    }

    /** The application clock's reading, in nanoseconds since the epoch: the same on every synchronised host. */
    private record WallTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
