package io.blogflow.identity.adapter.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.identity.domain.SessionId;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Remembers sessions recently confirmed active, so most requests skip the database. A revocation evicts at once, on
 * every instance (the revocation signal reaches the others at commit); should that signal be missed, everything is
 * forgotten, and {@code ttl} bounds the staleness in any case.
 */
public class SessionCheckCache implements SessionRevocations {

    private final Cache<SessionId, Boolean> active;

    public SessionCheckCache(Duration ttl) {
        this.active = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
    }

    /** Answered from memory, without blocking: true only for a session confirmed alive within the TTL. */
    boolean isKnownActive(SessionId session) {
        return active.getIfPresent(session) != null;
    }

    /** Looks the session up (blocking) unless it is known alive, and remembers a positive answer. */
    boolean isActive(SessionId session, Predicate<SessionId> lookup) {
        if (isKnownActive(session)) {
            return true;
        }
        boolean alive = lookup.test(session);
        if (alive) {
            active.put(session, Boolean.TRUE);
        }
        return alive;
    }

    @Override
    public void revoked(Collection<SessionId> sessions) {
        active.invalidateAll(sessions);
    }

    @Override
    public void mayHaveMissedRevocations() {
        active.invalidateAll();
    }
}
