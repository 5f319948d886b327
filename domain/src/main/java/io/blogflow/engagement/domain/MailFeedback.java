package io.blogflow.engagement.domain;

import java.util.Locale;
import java.util.Optional;

/** What a mail provider reports about an address it could not or should not deliver to. */
public enum MailFeedback {
    /** The address does not take mail (a permanent, "hard" bounce). */
    BOUNCE(SubscriberState.BOUNCED),
    /** The person marked a mail as spam (a feedback-loop complaint). */
    COMPLAINT(SubscriberState.COMPLAINED);

    private final SubscriberState state;

    MailFeedback(SubscriberState state) {
        this.state = state;
    }

    public SubscriberState state() {
        return state;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MailFeedback> ofCode(String code) {
        for (MailFeedback feedback : values()) {
            if (feedback.code().equals(code)) {
                return Optional.of(feedback);
            }
        }
        return Optional.empty();
    }
}
