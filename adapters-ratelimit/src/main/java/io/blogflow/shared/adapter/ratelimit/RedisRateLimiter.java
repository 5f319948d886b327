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
 * <p>Failure: the connection is made at start; should Redis not answer then, it is tried again every 5 s on use, and
 * once made, Lettuce reconnects by itself. While Redis can't be reached or does not answer within the timeout,
 * requests are let through (with a warning every 10 s): the limits protect the service, an outage of their store
 * must not take it down.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisRateLimiter.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisURI uri;
    private final RedisClient client;
    private final String prefix;
    private final Clock clock;
    private final Duration timeout;
    private final AtomicLong lastAttempt = new AtomicLong();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;
    private volatile boolean closed;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    /**
     * @param url     {@code redis://[:password@]host:port[/database]} (or {@code rediss://} for TLS)
     * @param prefix  put before every bucket's key, so several applications (or tests) can share one server
     * @param timeout how long a request waits for Redis before it is let through
     */
    public RedisRateLimiter(String url, String prefix, Clock clock, Duration timeout) {
        this.uri = RedisURI.create(url);
        // The connection's handshake may take longer than a request may wait (a loaded host at start).
        uri.setTimeout(timeout.compareTo(CONNECT_TIMEOUT) > 0 ? timeout : CONNECT_TIMEOUT);
        this.client = RedisClient.create();
        this.prefix = prefix;
        this.clock = clock;
        this.timeout = timeout;
        connect();
    }

    /** The buckets, once connected; after a failure, a new connection is attempted in the background every 5 s. */
    private ProxyManager<String> buckets() {
        ProxyManager<String> current = buckets;
        if (current != null || closed) {
            return current;
        }
        long last = lastAttempt.get();
        long now = System.nanoTime();
        if (now - last >= RETRY_NANOS && lastAttempt.compareAndSet(last, now)) {
            client.connectAsync(CODEC, uri).whenComplete((made, failure) -> {
                if (made != null) {
                    install(made);
                } else {
                    warn(failure);
                }
            });
        }
        return null;
    }

    /** At start: waits for the connection, but a Redis not answering yet does not fail the start. */
    private void connect() {
        lastAttempt.set(System.nanoTime());
        try {
            install(client.connect(CODEC, uri));
        } catch (RuntimeException e) {
            warn(e);
        }
    }

    private synchronized void install(StatefulRedisConnection<String, byte[]> made) {
        if (closed || buckets != null) {
            made.closeAsync();
            return;
        }
        connection = made;
        buckets = Bucket4jLettuce.casBasedBuilder(made)
                .clientClock(new WallTime(clock))
                .requestTimeout(timeout)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public Decision consume(String key, Limit limit) {
        ProxyManager<String> buckets = buckets();
        if (buckets == null) {
            return Buckets.unlimited(limit);
        }
        try {
            var bucket = buckets.getProxy(prefix + Buckets.nameOf(key, limit), () -> Buckets.configurationOf(limit));
            return Buckets.decisionOf(bucket.tryConsumeAndReturnRemaining(1), limit);
        } catch (RuntimeException e) {
            warn(e);
            return Buckets.unlimited(limit);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }

    private void warn(Throwable e) {
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
