package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.ResetAdminPasswordUseCase;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.NoActiveAdmin;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class ResetAdminPasswordService implements ResetAdminPasswordUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public ResetAdminPasswordService(UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                                     SessionRevoker revoker, Transactions transactions, Clock clock, AuditTrail audit) {
        this.users = users;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void resetPassword(String email, String newPassword) {
        Email address = new Email(email);
        passwordPolicy.check(newPassword);
        String hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            User admin = users.findByEmail(address)
                    .flatMap(found -> users.findByIdForUpdate(found.id()))
                    .filter(found -> found.role() == Role.ADMIN && found.active() && !found.isErased())
                    .orElseThrow(() -> new NoActiveAdmin(address));
            Instant now = clock.instant();
            admin.resetPassword(hash, now);
            users.update(admin);
            // Whoever held a session on the old password is out: it may be why the password was reset.
            int revoked = revoker.revokeAll(admin.id(), Optional.empty(), now, "password-reset");
            audit.record(null, "user.password-reset", "user", admin.id(), null,
                    Map.of("via", "command-line", "sessionsRevoked", revoked));
        });
    }
}
