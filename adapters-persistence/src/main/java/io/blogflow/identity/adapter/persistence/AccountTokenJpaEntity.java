package io.blogflow.identity.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "account_tokens")
public class AccountTokenJpaEntity {

    @Id
    @Column(name = "token_hash", length = 64, columnDefinition = "bpchar(64)")
    String tokenHash;

    @Column(nullable = false, length = 20)
    String purpose;

    @Column(name = "user_id")
    UUID userId;

    @Column(nullable = false, length = 254)
    String email;

    @Column(length = 20)
    String role;

    @Column(name = "created_by")
    UUID createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;
}
