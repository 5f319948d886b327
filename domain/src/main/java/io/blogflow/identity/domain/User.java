package io.blogflow.identity.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account. Server-owned state (role, activity, login counters, lock) only changes through the methods here,
 * never by copying client input.
 */
public final class User {

    private final UserId id;
    private PersonName name;
    private Email email;
    private String passwordHash;
    private Role role;
    private boolean active;
    private Instant lastLoginAt;
    private int failedLoginAttempts;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private AuthorProfile profile;
    private UserPreferences preferences;
    private final long version;

    private User(UserId id, PersonName name, Email email, String passwordHash, Role role, boolean active,
                 Instant lastLoginAt, int failedLoginAttempts, Instant lockedUntil, Instant passwordChangedAt,
                 Instant createdAt, Instant updatedAt, Instant deletedAt, AuthorProfile profile,
                 UserPreferences preferences, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.active = active;
        this.lastLoginAt = lastLoginAt;
        this.failedLoginAttempts = failedLoginAttempts;
        this.lockedUntil = lockedUntil;
        this.passwordChangedAt = Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deletedAt = deletedAt;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.version = version;
    }

    public static User register(UserId id, PersonName name, Email email, String passwordHash, Role role, Instant now) {
        return new User(id, name, email, passwordHash, role, true, null, 0, null, now, now, now, null,
                AuthorProfile.EMPTY, UserPreferences.DEFAULTS, 0);
    }

    public static User rehydrate(UserId id, PersonName name, Email email, String passwordHash, Role role,
                                 boolean active, Instant lastLoginAt, int failedLoginAttempts, Instant lockedUntil,
                                 Instant passwordChangedAt, Instant createdAt, Instant updatedAt, Instant deletedAt,
                                 AuthorProfile profile, UserPreferences preferences, long version) {
        return new User(id, name, email, passwordHash, role, active, lastLoginAt, failedLoginAttempts, lockedUntil,
                passwordChangedAt, createdAt, updatedAt, deletedAt, profile, preferences, version);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether this account may log in at all (credentials aside). */
    public boolean canLogInAt(Instant now) {
        return active && deletedAt == null && !isLockedAt(now);
    }

    /** Counts a failed login; crossing the policy's threshold locks the account. */
    public void recordFailedLogin(Instant now, LockoutPolicy policy) {
        failedLoginAttempts++;
        Duration lock = policy.lockFor(failedLoginAttempts);
        if (!lock.isZero()) {
            lockedUntil = now.plus(lock);
        }
        updatedAt = now;
    }

    public void recordLogin(Instant now) {
        failedLoginAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
        updatedAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        passwordChangedAt = now;
        updatedAt = now;
    }

    /**
     * An operator's recovery of the account (the password was lost): a new password, and the lockout lifted, since
     * the failed attempts were most likely the owner's own.
     */
    public void resetPassword(String newHash, Instant now) {
        changePassword(newHash, now);
        failedLoginAttempts = 0;
        lockedUntil = null;
    }

    public void rename(PersonName newName, Instant now) {
        name = Objects.requireNonNull(newName, "name");
        updatedAt = now;
    }

    public void updateProfile(AuthorProfile newProfile, Instant now) {
        profile = Objects.requireNonNull(newProfile, "profile");
        updatedAt = now;
    }

    public void updatePreferences(UserPreferences newPreferences, Instant now) {
        preferences = Objects.requireNonNull(newPreferences, "preferences");
        updatedAt = now;
    }

    public void changeRole(Role newRole, Instant now) {
        role = Objects.requireNonNull(newRole, "role");
        updatedAt = now;
    }

    public void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void activate(Instant now) {
        active = true;
        updatedAt = now;
    }

    /** A new address, once its owner proved they read it. */
    public void changeEmail(Email newEmail, Instant now) {
        email = Objects.requireNonNull(newEmail, "newEmail");
        updatedAt = now;
    }

    /** GDPR erasure: personal data replaced by placeholders; the row stays so authored content keeps a referent. */
    public void erase(Instant now) {
        name = new PersonName("Deleted user");
        email = new Email("erased-" + id.value() + "@erased.invalid");
        passwordHash = "!erased";
        active = false;
        lockedUntil = null;
        failedLoginAttempts = 0;
        deletedAt = now;
        profile = AuthorProfile.EMPTY;
        preferences = UserPreferences.DEFAULTS;
        updatedAt = now;
    }

    public boolean isErased() {
        return deletedAt != null;
    }

    public UserId id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public Email email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public int failedLoginAttempts() {
        return failedLoginAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public AuthorProfile profile() {
        return profile;
    }

    public UserPreferences preferences() {
        return preferences;
    }

    public long version() {
        return version;
    }
}
