package io.blogflow.identity.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sessions")
public class SessionJpaEntity {

    @Id
    UUID id;

    @Column(name = "user_id", nullable = false)
    UUID userId;

    @Column(length = 45)
    String ip;

    @Column(name = "user_agent", length = 512)
    String userAgent;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "revoke_reason", length = 50)
    String revokeReason;
}
