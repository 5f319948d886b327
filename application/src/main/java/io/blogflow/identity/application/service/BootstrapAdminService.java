package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.BootstrapAdminUseCase;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.Optional;

public final class BootstrapAdminService implements BootstrapAdminUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public BootstrapAdminService(UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                                 Transactions transactions, IdGenerator ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public boolean hasAccounts() {
        return !users.isEmpty();
    }

    @Override
    public Optional<String> createFirstAdmin(String email, String password) {
        if (!users.isEmpty()) {
            return Optional.empty();
        }
        Email adminEmail = new Email(email);
        passwordPolicy.check(password);
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            // Two instances starting together: the second finds the first's admin (or loses on the unique email).
            if (!users.isEmpty()) {
                return Optional.<String>empty();
            }
            users.add(User.register(new UserId(ids.newId()), new PersonName("Administrator"), adminEmail, hash,
                    Role.ADMIN, clock.instant()));
            return Optional.of(adminEmail.value());
        });
    }
}
