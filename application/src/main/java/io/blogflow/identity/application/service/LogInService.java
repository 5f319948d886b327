package io.blogflow.identity.application.service;

import io.blogflow.identity.application.AuthPolicy;
import io.blogflow.identity.application.port.in.IssuedTokens;
import io.blogflow.identity.application.port.in.LogInUseCase;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.InvalidCredentials;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Password login. Every refusal is the same {@link InvalidCredentials} after the same amount of hashing work,
 * whether the email is unknown, the password wrong, or the account locked or inactive. The slow hash runs outside
 * any database transaction.
 */
public final class LogInService implements LogInUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final AuthPolicy policy;
    private final AuditTrail audit;

    public LogInService(UserRepository users, PasswordHasher hasher, SessionIssuer sessions,
                        Transactions transactions, Clock clock, AuthPolicy policy, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public IssuedTokens logIn(LogInCommand command) {
        Instant now = clock.instant();
        Optional<User> known = parseEmail(command.email()).flatMap(users::findByEmail);
        Optional<User> account = known.filter(user -> user.canLogInAt(now));
        String password = command.password() == null ? "" : command.password();
        if (account.isEmpty()) {
            hasher.spendVerificationTime(password);
            transactions.inTransaction(() -> audit.record(null, "auth.login.failed", "user",
                    known.map(user -> user.id().toString()).orElse(null), null,
                    Map.of("reason", known.isPresent() ? "locked-or-inactive" : "unknown-email")));
            throw new InvalidCredentials();
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            transactions.inTransaction(() -> recordFailure(account.get(), now));
            throw new InvalidCredentials();
        }
        return transactions.inTransaction(() -> {
            User user = users.findByIdForUpdate(account.get().id()).orElseThrow(InvalidCredentials::new);
            user.recordLogin(now);
            IssuedTokens tokens = sessions.startFor(users.update(user), command.client(), now);
            audit.record(user.id(), "auth.login.succeeded", "session", tokens.sessionId());
            return tokens;
        });
    }

    private void recordFailure(User account, Instant now) {
        users.findByIdForUpdate(account.id()).ifPresent(user -> {
            user.recordFailedLogin(now, policy.lockout());
            users.update(user);
            audit.record(null, "auth.login.failed", "user", user.id(), null, Map.of("reason", "wrong-password"));
            if (user.isLockedAt(now)) {
                audit.record(null, "user.locked", "user", user.id(), null,
                        Map.of("lockedUntil", user.lockedUntil().toString()));
            }
        });
    }

    private static Optional<Email> parseEmail(String raw) {
        try {
            return Optional.of(new Email(raw));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
