package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.SessionId;
import java.util.Collection;

/**
 * Told about revoked sessions so anything caching session state (the per-request check) forgets them at once, on
 * every instance. Called in the revoking transaction.
 */
public interface SessionRevocations {

    void revoked(Collection<SessionId> sessions);

    /** Revocations may have been missed (another instance's, while their signal was not heard): forget them all. */
    default void mayHaveMissedRevocations() {
    }
}
