package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.UserAdministrationUseCase;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.SeatQuota;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.EmailTaken;
import io.blogflow.identity.domain.IdentityErrors.LastAdmin;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

public final class UserAdministrationService implements UserAdministrationUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final SessionRevoker revoker;
    private final SeatQuota seats;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public UserAdministrationService(UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                                     SessionRevoker revoker, SeatQuota seats, Transactions transactions,
                                     IdGenerator ids, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.revoker = revoker;
        this.seats = seats;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public User create(UserId actor, String name, String email, String password, String role) {
        var validation = new Validation();
        PersonName validName = validation.field("name", () -> new PersonName(name));
        Email validEmail = validation.field("email", () -> new Email(email));
        validation.field("password", () -> {
            passwordPolicy.check(password);
            return password;
        });
        Role validRole = validation.field("role", () -> Role.parse(role));
        validation.throwIfInvalid();
        if (users.findByEmail(validEmail).isPresent()) {
            throw new EmailTaken(validEmail);
        }
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            User created = users.add(User.register(new UserId(ids.newId()), validName, validEmail, hash, validRole,
                    clock.instant()));
            // The new user takes one of the creating admin's seats; none left rolls the creation back.
            seats.take(actor, created.id(), "seat:" + created.id() + ":created");
            audit.record(actor, "user.created", "user", created.id(), null, Snapshots.of(created));
            return created;
        });
    }

    @Override
    public Page<User> list(PageRequest pageRequest) {
        return users.findPage(pageRequest);
    }

    @Override
    public User get(UserId id) {
        return users.findById(id).orElseThrow(() -> new UserNotFound(id.toString()));
    }

    @Override
    public User changeRole(UserId actor, UserId id, String role) {
        var validation = new Validation();
        Role newRole = validation.field("role", () -> Role.parse(role));
        validation.throwIfInvalid();
        return change(actor, "user.role-changed", id, (user, now) -> {
            if (user.role() == Role.ADMIN && newRole != Role.ADMIN) {
                requireAnotherActiveAdmin();
            }
            user.changeRole(newRole, now);
            // A role lives in the access tokens already issued: end the sessions so the change applies at once.
            revoker.revokeAll(user.id(), Optional.empty(), now, "role-changed");
        });
    }

    @Override
    public User deactivate(UserId actor, UserId id) {
        return change(actor, "user.deactivated", id, (user, now) -> {
            if (user.role() == Role.ADMIN && user.active()) {
                requireAnotherActiveAdmin();
            }
            if (user.active()) {
                seats.giveBack(user.id(), "seat:" + user.id() + ":deactivated:" + user.version());
            }
            user.deactivate(now);
            revoker.revokeAll(user.id(), Optional.empty(), now, "deactivated");
        });
    }

    @Override
    public User activate(UserId actor, UserId id) {
        return change(actor, "user.activated", id, (user, now) -> {
            if (!user.active()) {
                seats.take(actor, user.id(), "seat:" + user.id() + ":activated:" + user.version());
            }
            user.activate(now);
        });
    }

    private User change(UserId actor, String action, UserId id, BiConsumer<User, Instant> change) {
        return transactions.inTransaction(() -> {
            User user = users.findByIdForUpdate(id).filter(found -> !found.isErased())
                    .orElseThrow(() -> new UserNotFound(id.toString()));
            var before = Snapshots.of(user);
            change.accept(user, clock.instant());
            User saved = users.update(user);
            audit.record(actor, action, "user", id, before, Snapshots.of(saved));
            return saved;
        });
    }

    private void requireAnotherActiveAdmin() {
        if (users.countActiveAdmins() <= 1) {
            throw new LastAdmin();
        }
    }
}
