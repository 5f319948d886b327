package io.blogflow.identity.domain;

import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A scoped, revocable credential for a machine client acting for its owner. It never grants more than its scopes,
 * nor more than its owner's role allows at the time of use, and never account or user administration.
 */
public final class ApiToken {

    public static final String SECRET_PREFIX = "bf_";
    /** Scopes a token may carry: content permissions only. */
    public static final Set<String> GRANTABLE_SCOPES = Set.of(Permissions.POSTS_READ, Permissions.POSTS_WRITE,
            Permissions.POSTS_PUBLISH, Permissions.POSTS_MANAGE_ALL);
    /** How often last-used is written: often enough to be useful, rarely enough not to write on every request. */
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private final UUID id;
    private final UserId ownerId;
    private final String name;
    private final String displayPrefix;
    private final String secretHash;
    private final Set<String> scopes;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    private ApiToken(UUID id, UserId ownerId, String name, String displayPrefix, String secretHash,
                     Set<String> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.name = name;
        this.displayPrefix = displayPrefix;
        this.secretHash = secretHash;
        this.scopes = Set.copyOf(scopes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    /**
     * A new token for {@code owner}. Scopes must be grantable and within the owner's role; the name is 1-100
     * characters; an expiry, when given, lies in the future.
     */
    public static ApiToken issue(UUID id, User owner, String name, Set<String> scopes, Instant expiresAt,
                                 String secret, String secretHash, Instant now) {
        var validation = new Validation();
        String validName = validation.field("name", () -> validName(name));
        validation.field("scopes", () -> validScopes(scopes, owner));
        validation.field("expiresAt", () -> {
            if (expiresAt != null && !expiresAt.isAfter(now)) {
                throw new InvalidValueException("expires-at.past", "expiresAt must be in the future.");
            }
            return expiresAt;
        });
        validation.throwIfInvalid();
        return new ApiToken(id, owner.id(), validName, secret.substring(0, SECRET_PREFIX.length() + 6),
                secretHash, scopes, now, expiresAt, null, null);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidValueException("name.invalid", "name is required, at most 100 characters.");
        }
        return name.strip();
    }

    private static Set<String> validScopes(Set<String> scopes, User owner) {
        if (scopes == null || scopes.isEmpty() || !GRANTABLE_SCOPES.containsAll(scopes)) {
            throw new InvalidValueException("scopes.invalid", "scopes must be a non-empty subset of "
                    + new TreeSet<>(GRANTABLE_SCOPES) + ".");
        }
        if (!owner.role().permissions().containsAll(scopes)) {
            throw new InvalidValueException("scopes.beyond-role", "a token cannot carry scopes your role lacks.");
        }
        return scopes;
    }

    public static ApiToken rehydrate(UUID id, UserId ownerId, String name, String displayPrefix, String secretHash,
                                     Set<String> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                                     Instant revokedAt) {
        return new ApiToken(id, ownerId, name, displayPrefix, secretHash, scopes, createdAt, expiresAt, lastUsedAt,
                revokedAt);
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** What the token may do now: its scopes, cut down to what the owner's current role allows. */
    public Set<String> effectiveScopes(Role ownerRole) {
        var effective = new TreeSet<>(scopes);
        effective.retainAll(ownerRole.permissions());
        return effective;
    }

    /** Records a use; returns whether that is worth writing down (at most once a minute). */
    public boolean recordUse(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(USE_RECORDING_INTERVAL).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    /** The first characters of the secret, to recognise a token in lists (e.g. {@code bf_x7Kq2m}). */
    public String displayPrefix() {
        return displayPrefix;
    }

    public String secretHash() {
        return secretHash;
    }

    public Set<String> scopes() {
        return scopes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
