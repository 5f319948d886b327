package io.blogflow.engagement.domain;

import java.util.Locale;

/**
 * Where a subscription stands. Only {@code ACTIVE} subscribers get newsletters. {@code PENDING} waits for the
 * confirmation link (double opt-in); {@code BOUNCED} and {@code COMPLAINED} come from the mail provider; a
 * complaint is final unless the person confirms a new subscription.
 */
public enum SubscriberState {
    PENDING, ACTIVE, UNSUBSCRIBED, BOUNCED, COMPLAINED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriberState ofCode(String code) {
        for (SubscriberState state : values()) {
            if (state.code().equals(code)) {
                return state;
            }
        }
        throw new io.blogflow.shared.domain.InvalidValueException("subscriber-state.invalid",
                "A state is one of pending, active, unsubscribed, bounced, complained.");
    }
}
