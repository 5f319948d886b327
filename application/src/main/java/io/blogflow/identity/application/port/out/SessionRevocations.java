package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.SessionId;
import java.util.Collection;

/** Told about revoked sessions so anything caching session state (the per-request check) forgets them at once. */
public interface SessionRevocations {

    void revoked(Collection<SessionId> sessions);
}
