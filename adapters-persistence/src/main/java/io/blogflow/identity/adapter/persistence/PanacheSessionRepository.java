package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.domain.IdentityErrors.SessionNotFound;
import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheSessionRepository implements SessionRepository, PanacheRepositoryBase<SessionJpaEntity, UUID> {

    @Override
    public void add(Session session) {
        var row = new SessionJpaEntity();
        row.id = session.id().value();
        row.userId = session.userId().value();
        row.ip = session.ip();
        row.userAgent = session.userAgent();
        row.createdAt = session.createdAt();
        row.expiresAt = session.expiresAt();
        copyState(session, row);
        persist(row);
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return findByIdOptional(id.value()).map(PanacheSessionRepository::toDomain);
    }

    @Override
    public void update(Session session) {
        copyState(session, findByIdOptional(session.id().value())
                .orElseThrow(() -> new SessionNotFound(session.id().toString())));
    }

    @Override
    public List<Session> findActiveByUser(UserId userId, Instant now) {
        return list("userId = ?1 and revokedAt is null and expiresAt > ?2", Sort.descending("lastUsedAt"),
                userId.value(), now).stream().map(PanacheSessionRepository::toDomain).toList();
    }

    @Override
    public List<Session> findByUser(UserId userId) {
        return list("userId", Sort.descending("createdAt"), userId.value()).stream()
                .map(PanacheSessionRepository::toDomain).toList();
    }

    @Override
    public void addRefreshToken(RefreshTokenRecord token) {
        var row = new RefreshTokenJpaEntity();
        row.tokenHash = token.tokenHash();
        row.sessionId = token.sessionId().value();
        row.issuedAt = token.issuedAt();
        row.rotatedAt = token.rotatedAt();
        entityManager().persist(row);
    }

    @Override
    public Optional<RefreshTokenRecord> findRefreshTokenForUpdate(String tokenHash) {
        return Optional.ofNullable(entityManager().find(RefreshTokenJpaEntity.class, tokenHash,
                LockModeType.PESSIMISTIC_WRITE)).map(row -> new RefreshTokenRecord(row.tokenHash,
                new SessionId(row.sessionId), row.issuedAt, row.rotatedAt));
    }

    @Override
    public int deleteEndedBefore(Instant cutoff) {
        // Refresh tokens go with their session (ON DELETE CASCADE).
        return (int) delete("expiresAt < ?1 or revokedAt < ?1", cutoff);
    }

    @Override
    public void updateRefreshToken(RefreshTokenRecord token) {
        RefreshTokenJpaEntity row = entityManager().find(RefreshTokenJpaEntity.class, token.tokenHash());
        row.rotatedAt = token.rotatedAt();
    }

    private EntityManager entityManager() {
        return getEntityManager();
    }

    private static void copyState(Session session, SessionJpaEntity row) {
        row.lastUsedAt = session.lastUsedAt();
        row.revokedAt = session.revokedAt();
        row.revokeReason = session.revokeReason();
    }

    private static Session toDomain(SessionJpaEntity row) {
        return Session.rehydrate(new SessionId(row.id), new UserId(row.userId), row.ip, row.userAgent, row.createdAt,
                row.lastUsedAt, row.expiresAt, row.revokedAt, row.revokeReason);
    }
}
