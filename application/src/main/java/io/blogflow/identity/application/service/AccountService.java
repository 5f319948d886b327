package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.AccountUseCase;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.identity.domain.IdentityErrors.WrongCurrentPassword;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.PreferencesChange;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.blogflow.identity.domain.UserPreferences;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class AccountService implements AccountUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public AccountService(UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                          SessionRevoker revoker, Transactions transactions, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User get(UserId id) {
        return users.findById(id).filter(user -> !user.isErased()).orElseThrow(() -> new UserNotFound(id.toString()));
    }

    @Override
    public User update(UserId id, String name, AuthorProfile profile, PreferencesChange preferences) {
        var validation = new Validation();
        PersonName newName = name == null ? null : validation.field("name", () -> new PersonName(name));
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            User user = get(id);
            Map<String, Object> before = Snapshots.of(user);
            Instant now = clock.instant();
            if (newName != null) {
                user.rename(newName, now);
            }
            if (profile != null) {
                user.updateProfile(profile, now);
            }
            if (preferences != null) {
                // Merged under the user's row as read in this transaction: an omitted preference keeps its value.
                var checked = new Validation();
                UserPreferences merged = checked.field("preferences", () -> preferences.applyTo(user.preferences()));
                checked.throwIfInvalid();
                user.updatePreferences(merged, now);
            }
            User saved = users.update(user);
            audit.record(id, "user.updated", "user", id, before, Snapshots.of(saved));
            return saved;
        });
    }

    @Override
    public void confirmPassword(UserId id, String password) {
        if (password == null || !hasher.matches(password, get(id).passwordHash())) {
            throw new WrongCurrentPassword();
        }
    }

    @Override
    public void changePassword(UserId id, SessionId current, String currentPassword, String newPassword) {
        var validation = new Validation();
        validation.field("newPassword", () -> {
            passwordPolicy.check(newPassword);
            return newPassword;
        });
        validation.throwIfInvalid();
        User user = get(id);
        if (currentPassword == null || !hasher.matches(currentPassword, user.passwordHash())) {
            throw new WrongCurrentPassword();
        }
        String newHash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            User fresh = get(id);
            fresh.changePassword(newHash, clock.instant());
            users.update(fresh);
            revoker.revokeAll(id, Optional.of(current), clock.instant(), "password-changed");
            audit.record(id, "user.password-changed", "user", id);
        });
    }
}
