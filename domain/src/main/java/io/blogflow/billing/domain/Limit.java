package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;

/**
 * A plan's terms for one metric: what the base price includes, an optional hard cap no usage may pass, and an optional
 * price for usage beyond what is included. Without an overage price nothing beyond the included quantity is allowed.
 */
public record Limit(long included, Long hardCap, OveragePrice overagePrice) {

    public Limit {
        if (included < 0) {
            throw new InvalidValueException("limit.invalid", "included cannot be negative.");
        }
        if (hardCap != null && hardCap < included) {
            throw new InvalidValueException("limit.invalid", "hardCap cannot be below included.");
        }
        if (overagePrice == null && hardCap != null && hardCap != included) {
            throw new InvalidValueException("limit.invalid",
                    "Without an overagePrice usage stops at included: a hardCap above it needs an overagePrice.");
        }
    }

    /** Everything included, nothing more. */
    public static Limit capped(long included) {
        return new Limit(included, included, null);
    }

    /** The most an account may use, or null when only the price grows. */
    public Long ceiling() {
        return hardCap != null ? hardCap : overagePrice == null ? Long.valueOf(included) : null;
    }

    /** What {@code used} costs beyond the included quantity. */
    public long overageCharge(long used) {
        return overagePrice == null ? 0 : overagePrice.charge(used - included);
    }

    public long overage(long used) {
        return Math.max(0, used - included);
    }
}
