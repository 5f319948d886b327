package io.blogflow.identity.application.service;

import io.blogflow.identity.application.AuthPolicy;
import io.blogflow.identity.application.port.in.IssuedTokens;
import io.blogflow.identity.application.port.in.RefreshSessionUseCase;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.IdentityErrors.InvalidRefreshToken;
import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Refresh-token rotation with reuse detection (OWASP ASVS 5, V7): the presented token is rotated; a token rotated
 * longer ago than the grace window is a replay, and the whole session dies. The revocation is committed before the
 * client hears "invalid".
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private final SessionRepository sessions;
    private final UserRepository users;
    private final SecretTokens secrets;
    private final SessionIssuer issuer;
    private final SessionRevocations revocations;
    private final Transactions transactions;
    private final Clock clock;
    private final AuthPolicy policy;
    private final AuditTrail audit;

    public RefreshSessionService(SessionRepository sessions, UserRepository users, SecretTokens secrets,
                                 SessionIssuer issuer, SessionRevocations revocations, Transactions transactions,
                                 Clock clock, AuthPolicy policy, AuditTrail audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.users = users;
        this.secrets = secrets;
        this.issuer = issuer;
        this.revocations = revocations;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public IssuedTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new InvalidRefreshToken();
        }
        String hash = secrets.hash(refreshToken);
        return transactions.inTransaction(() -> rotate(hash)).orElseThrow(InvalidRefreshToken::new);
    }

    /** Empty when the token must be refused; any revocation it caused is committed with the transaction. */
    private Optional<IssuedTokens> rotate(String hash) {
        Instant now = clock.instant();
        Optional<RefreshTokenRecord> found = sessions.findRefreshTokenForUpdate(hash);
        Optional<Session> session = found.flatMap(token -> sessions.findById(token.sessionId()))
                .filter(s -> s.isActiveAt(now));
        Optional<User> user = session.flatMap(s -> users.findById(s.userId())).filter(u -> u.canLogInAt(now));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        RefreshTokenRecord token = found.get();
        switch (token.classify(now, policy.refreshGrace())) {
            case REUSE -> {
                session.get().revoke(now, "refresh-token-reuse");
                sessions.update(session.get());
                revocations.revoked(List.of(session.get().id()));
                audit.record(user.get().id(), "auth.refresh-token-reused", "session", session.get().id());
                return Optional.empty();
            }
            case ROTATE -> sessions.updateRefreshToken(token.rotated(now));
            case CONCURRENT_WITHIN_GRACE -> {
                // the sibling token below keeps the concurrent client logged in
            }
        }
        session.get().markUsed(now);
        sessions.update(session.get());
        return Optional.of(issuer.tokensFor(user.get(), session.get().id(), now));
    }
}
