package io.blogflow.shared.adapter.ratelimit;

import io.blogflow.shared.application.port.out.RateLimiter.Decision;
import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.TimeUnit;

/** What both limiters share: a limit as a Bucket4j bandwidth, the bucket's name, and a probe read as a decision. */
final class Buckets {

    private Buckets() {
    }

    /** One bucket per caller and limit: the same caller under two limits counts in two buckets. */
    static String nameOf(String key, Limit limit) {
        return key + "|" + limit.capacity() + "/" + limit.window();
    }

    static Bandwidth bandwidthOf(Limit limit) {
        return Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.window()).build();
    }

    static BucketConfiguration configurationOf(Limit limit) {
        return BucketConfiguration.builder().addLimit(bandwidthOf(limit)).build();
    }

    static Decision decisionOf(ConsumptionProbe probe, Limit limit) {
        long remaining = probe.getRemainingTokens();
        long reset = (long) Math.ceil((limit.capacity() - remaining) * limit.window().toMillis()
                / (double) limit.capacity() / 1000);
        long retryAfter = probe.isConsumed() ? 0
                : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        return new Decision(probe.isConsumed(), limit.capacity(), remaining, reset, retryAfter);
    }

    /** A request let through untouched, as when the shared store can't be reached. */
    static Decision unlimited(Limit limit) {
        return new Decision(true, limit.capacity(), limit.capacity(), 0, 0);
    }
}
