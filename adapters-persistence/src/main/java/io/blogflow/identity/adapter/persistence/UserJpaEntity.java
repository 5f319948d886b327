package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.domain.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code users}, with its 1:1 profile and preferences rows (schema: Liquibase {@code identity.sql}). */
@Entity
@Table(name = "users")
public class UserJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 100)
    String name;

    @Column(nullable = false, length = 254)
    String email;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Role role;

    @Column(name = "is_active", nullable = false)
    boolean active;

    @Column(name = "last_login_at")
    Instant lastLoginAt;

    @Column(name = "failed_login_attempts", nullable = false)
    int failedLoginAttempts;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "deleted_at")
    Instant deletedAt;

    @Version
    @Column(nullable = false)
    long version;

    @OneToOne(mappedBy = "user", cascade = CascadeType.ALL, optional = false, orphanRemoval = true)
    @PrimaryKeyJoinColumn
    AuthorProfileJpaEntity profile;

    @OneToOne(mappedBy = "user", cascade = CascadeType.ALL, optional = false, orphanRemoval = true)
    @PrimaryKeyJoinColumn
    UserPreferencesJpaEntity preferences;
}
