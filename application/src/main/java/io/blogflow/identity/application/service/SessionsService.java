package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.CheckSessionUseCase;
import io.blogflow.identity.application.port.in.SessionsUseCase;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.domain.IdentityErrors.SessionNotFound;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class SessionsService implements SessionsUseCase, CheckSessionUseCase {

    private final SessionRepository sessions;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public SessionsService(SessionRepository sessions, SessionRevoker revoker, Transactions transactions, Clock clock,
                           AuditTrail audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Session> listActive(UserId owner) {
        return sessions.findActiveByUser(owner, clock.instant());
    }

    @Override
    public void logOut(SessionId current) {
        transactions.inTransaction(() -> sessions.findById(current).ifPresent(session -> {
            revoker.revoke(session, clock.instant(), "logout");
            audit.record(session.userId(), "auth.logout", "session", session.id());
        }));
    }

    @Override
    public void revoke(UserId owner, SessionId id) {
        transactions.inTransaction(() -> {
            Session session = sessions.findById(id)
                    .filter(found -> found.userId().equals(owner))
                    .filter(found -> found.isActiveAt(clock.instant()))
                    .orElseThrow(() -> new SessionNotFound(id.toString()));
            revoker.revoke(session, clock.instant(), "revoked-by-user");
            audit.record(owner, "session.revoked", "session", session.id());
        });
    }

    @Override
    public int revokeAllExcept(UserId owner, SessionId current) {
        return transactions.inTransaction(() -> {
            int revoked = revoker.revokeAll(owner, Optional.of(current), clock.instant(), "revoked-by-user");
            audit.record(owner, "sessions.revoked-others", "user", owner, null, Map.of("revoked", revoked));
            return revoked;
        });
    }

    @Override
    public boolean isActive(SessionId id) {
        return sessions.findById(id).map(session -> session.isActiveAt(clock.instant())).orElse(false);
    }
}
