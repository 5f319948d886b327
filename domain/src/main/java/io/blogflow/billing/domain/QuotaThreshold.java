package io.blogflow.billing.domain;

import java.util.Optional;

/** The shares of a limit at which an account is told how much it has used: 80 % and 100 %. */
public enum QuotaThreshold {
    EIGHTY_PERCENT(80), FULL(100);

    private final int percent;

    QuotaThreshold(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The highest threshold that going from {@code before} to {@code after} used of {@code limit} crossed. */
    public static Optional<QuotaThreshold> crossed(long before, long after, long limit) {
        if (limit <= 0 || after <= before) {
            return Optional.empty();
        }
        for (QuotaThreshold threshold : new QuotaThreshold[]{FULL, EIGHTY_PERCENT}) {
            // used × 100 ≥ limit × percent, in integers
            boolean nowReached = Math.multiplyExact(after, 100L) >= Math.multiplyExact(limit, threshold.percent);
            boolean reachedBefore = Math.multiplyExact(before, 100L) >= Math.multiplyExact(limit, threshold.percent);
            if (nowReached && !reachedBefore) {
                return Optional.of(threshold);
            }
        }
        return Optional.empty();
    }
}
