package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;

/**
 * One step of a graduated overage price: units of overage up to {@code upTo} (inclusive, counted from the first unit
 * beyond what is included; null for "and beyond") cost {@code amount} minor units per {@link OveragePrice#per()} units.
 */
public record PriceTier(Long upTo, long amount) {

    /** Per block of units: keeps every charge of a realistic quantity far inside a long. */
    public static final long MAX_AMOUNT = 1_000_000_000L;

    public PriceTier {
        if (upTo != null && upTo < 1) {
            throw new InvalidValueException("overage-price.invalid", "A tier's upTo must be at least 1.");
        }
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new InvalidValueException("overage-price.invalid", "A tier's amount is 0 to " + MAX_AMOUNT
                    + " minor units.");
        }
    }
}
