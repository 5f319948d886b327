package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Revokes a user's sessions (all, or all but one) and tells the per-request check; runs in the caller's transaction. */
public final class SessionRevoker {

    private final SessionRepository sessions;
    private final SessionRevocations revocations;

    public SessionRevoker(SessionRepository sessions, SessionRevocations revocations) {
        this.sessions = sessions;
        this.revocations = revocations;
    }

    int revokeAll(UserId user, Optional<SessionId> except, Instant now, String reason) {
        List<Session> revoked = sessions.findActiveByUser(user, now).stream()
                .filter(session -> except.map(keep -> !keep.equals(session.id())).orElse(true))
                .toList();
        revoked.forEach(session -> {
            session.revoke(now, reason);
            sessions.update(session);
        });
        revocations.revoked(revoked.stream().map(Session::id).toList());
        return revoked.size();
    }

    void revoke(Session session, Instant now, String reason) {
        session.revoke(now, reason);
        sessions.update(session);
        revocations.revoked(List.of(session.id()));
    }
}
