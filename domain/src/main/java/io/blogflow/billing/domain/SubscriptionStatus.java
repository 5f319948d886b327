package io.blogflow.billing.domain;

import java.util.Locale;

/** Where a subscription stands with its payments. */
public enum SubscriptionStatus {
    TRIALING, ACTIVE,
    /** A payment failed: still served during the grace period, then moved to the default plan. */
    PAST_DUE,
    CANCELED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriptionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
