package io.blogflow.identity.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "refresh_tokens")
public class RefreshTokenJpaEntity {

    @Id
    @Column(name = "token_hash", length = 64, columnDefinition = "bpchar(64)")
    String tokenHash;

    @Column(name = "session_id", nullable = false)
    UUID sessionId;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "rotated_at")
    Instant rotatedAt;
}
