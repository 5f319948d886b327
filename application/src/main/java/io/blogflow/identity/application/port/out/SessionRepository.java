package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions and the hashes of their refresh tokens. */
public interface SessionRepository {

    void add(Session session);

    Optional<Session> findById(SessionId id);

    void update(Session session);

    /** Active sessions of a user, most recently used first. */
    List<Session> findActiveByUser(UserId userId, Instant now);

    /** Every session of the user, ended ones included (for data exports). */
    List<Session> findByUser(UserId userId);

    void addRefreshToken(RefreshTokenRecord token);

    /** Loads a refresh token and locks it, so two concurrent refreshes of the same token are serialised. */
    Optional<RefreshTokenRecord> findRefreshTokenForUpdate(String tokenHash);

    void updateRefreshToken(RefreshTokenRecord token);

    /** Deletes sessions (with their refresh tokens) that expired or were revoked before {@code cutoff}. */
    int deleteEndedBefore(Instant cutoff);
}
