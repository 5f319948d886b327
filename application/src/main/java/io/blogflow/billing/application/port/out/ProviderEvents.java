package io.blogflow.billing.application.port.out;

import java.time.Instant;

/** The payment provider's events already handled, by their id: a replay is recognised and has no second effect. */
public interface ProviderEvents {

    /** Records the event in the caller's transaction; false when it was recorded before. */
    boolean claim(String eventId, String type, Instant receivedAt);
}
