package io.blogflow.billing.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A plan change in the middle of a period, by the second: a credit for the unused time of the old price and a charge
 * for the rest of the period at the new one. Both are rounded half up to a whole minor unit.
 */
public record Proration(long credit, long charge, Instant from, Instant to) {

    public static Proration of(long oldPrice, long newPrice, Instant periodStart, Instant periodEnd, Instant at) {
        long period = Duration.between(periodStart, periodEnd).toSeconds();
        long remaining = Math.max(0, Math.min(period, Duration.between(at, periodEnd).toSeconds()));
        return new Proration(-Money.share(oldPrice, remaining, period), Money.share(newPrice, remaining, period), at,
                periodEnd);
    }
}
