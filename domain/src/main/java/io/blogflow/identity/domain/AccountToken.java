package io.blogflow.identity.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A single-use secret sent by email (only its SHA-256 is kept): verifies an address, confirms a new one, resets a
 * password or invites someone. Usable once, before it expires, for its purpose only.
 */
public record AccountToken(String tokenHash, Purpose purpose, Optional<UserId> userId, Email email,
                           Optional<Role> role, Instant createdAt, Instant expiresAt, Optional<Instant> usedAt,
                           Optional<UserId> createdBy) {

    public enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)), CHANGE_EMAIL(Duration.ofHours(24)), RESET_PASSWORD(Duration.ofMinutes(30)),
        INVITATION(Duration.ofDays(7));

        private final Duration defaultLifetime;

        Purpose(Duration defaultLifetime) {
            this.defaultLifetime = defaultLifetime;
        }

        public Duration defaultLifetime() {
            return defaultLifetime;
        }
    }

    public AccountToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        userId = Objects.requireNonNullElse(userId, Optional.empty());
        role = Objects.requireNonNullElse(role, Optional.empty());
        usedAt = Objects.requireNonNullElse(usedAt, Optional.empty());
        createdBy = Objects.requireNonNullElse(createdBy, Optional.empty());
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token expires after it was created");
        }
        if (purpose != Purpose.INVITATION && userId.isEmpty()) {
            throw new IllegalArgumentException("Only an invitation is for someone without an account");
        }
    }

    public static AccountToken issue(String tokenHash, Purpose purpose, Optional<UserId> userId, Email email,
                                     Optional<Role> role, Instant now, Duration lifetime, Optional<UserId> createdBy) {
        return new AccountToken(tokenHash, purpose, userId, email, role, now, now.plus(lifetime), Optional.empty(),
                createdBy);
    }

    /** Refuses a token of another purpose, used or expired; the same answer for each, so none is told apart. */
    public void requireUsable(Purpose expected, Instant now) {
        if (purpose != expected || usedAt.isPresent() || !now.isBefore(expiresAt)) {
            throw new IdentityErrors.InvalidAccountToken();
        }
    }

    public AccountToken usedAt(Instant now) {
        return new AccountToken(tokenHash, purpose, userId, email, role, createdAt, expiresAt, Optional.of(now),
                createdBy);
    }
}
