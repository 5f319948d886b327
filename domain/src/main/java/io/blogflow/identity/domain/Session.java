package io.blogflow.identity.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;

/** A login session: the family of refresh tokens issued since one login, revoked as a whole. */
public final class Session {

    private final SessionId id;
    private final UserId userId;
    private final String ip;
    private final String userAgent;
    private final Instant createdAt;
    private Instant lastUsedAt;
    private final Instant expiresAt;
    private Instant revokedAt;
    private String revokeReason;

    private Session(SessionId id, UserId userId, String ip, String userAgent, Instant createdAt, Instant lastUsedAt,
                    Instant expiresAt, Instant revokedAt, String revokeReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.ip = ip;
        this.userAgent = userAgent;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.revokedAt = revokedAt;
        this.revokeReason = revokeReason;
    }

    public static Session start(SessionId id, UserId userId, ClientInfo client, Instant now, java.time.Duration lifetime) {
        return new Session(id, userId, client.ip(), client.userAgent(), now, now, now.plus(lifetime), null, null);
    }

    public static Session rehydrate(SessionId id, UserId userId, String ip, String userAgent, Instant createdAt,
                                    Instant lastUsedAt, Instant expiresAt, Instant revokedAt, String revokeReason) {
        return new Session(id, userId, ip, userAgent, createdAt, lastUsedAt, expiresAt, revokedAt, revokeReason);
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = now;
            revokeReason = reason;
        }
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public SessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
