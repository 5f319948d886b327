package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.AccountSelfServiceUseCase;
import io.blogflow.identity.application.port.out.AccountTokenRepository;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.AccountToken;
import io.blogflow.identity.domain.AccountToken.Purpose;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.RegistrationMode;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.RateLimitedException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.mail.Mail;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class AccountSelfService implements AccountSelfServiceUseCase {

    private final UserRepository users;
    private final AccountTokenRepository tokens;
    private final SecretTokens secrets;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final SessionRevoker revoker;
    private final OutgoingMail mail;
    private final Jobs jobs;
    private final RateLimiter limiter;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;
    private final Settings settings;

    /** The registration mode, the site links point to, and how often one address may ask for a reset. */
    public record Settings(RegistrationMode mode, String siteUrl, RateLimiter.Limit resetsPerAddress) {
        public Settings {
            siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        }
    }

    public AccountSelfService(UserRepository users, AccountTokenRepository tokens, SecretTokens secrets,
                              PasswordHasher hasher, PasswordPolicy passwordPolicy, SessionRevoker revoker,
                              OutgoingMail mail, Jobs jobs, RateLimiter limiter, Transactions transactions,
                              IdGenerator ids, Clock clock, AuditTrail audit, Settings settings) {
        this.users = users;
        this.tokens = tokens;
        this.secrets = secrets;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.revoker = revoker;
        this.mail = mail;
        this.jobs = jobs;
        this.limiter = limiter;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public Optional<User> register(Registration registration) {
        if (settings.mode() == RegistrationMode.CLOSED) {
            throw new IdentityErrors.RegistrationClosed("Registration is closed: an admin creates accounts.");
        }
        if (settings.mode() == RegistrationMode.INVITE && registration.invitationToken().isEmpty()) {
            throw new IdentityErrors.RegistrationClosed("Registration needs an invitation (invitationToken).");
        }
        var validation = new Validation();
        PersonName name = validation.field("name", () -> new PersonName(registration.name()));
        Email email = validation.field("email", () -> new Email(registration.email()));
        validation.field("password", () -> {
            passwordPolicy.check(registration.password());
            return registration.password();
        });
        validation.throwIfInvalid();
        // Hashed whether or not the address is taken: the answer's timing does not tell.
        String hash = hasher.hash(registration.password());
        if (registration.invitationToken().isPresent()) {
            return Optional.of(registerInvited(registration.invitationToken().get(), name, email, hash));
        }
        transactions.inTransaction(() -> {
            if (users.findByEmail(email).isPresent()) {
                return;
            }
            Instant now = clock.instant();
            User user = User.register(new UserId(ids.newId()), name, email, hash, Role.CONTRIBUTOR, now);
            user.deactivate(now);
            User created = users.add(user);
            audit.record(created.id(), "account.registered", "user", created.id(), null,
                    Map.of("role", Role.CONTRIBUTOR.name(), "verified", false));
            String secret = issue(Purpose.VERIFY_EMAIL, Optional.of(created.id()), email, Optional.empty(), null);
            mail.queueUrgent(new Mail(email.value(), "Confirm your email address", "verify-email", Map.of(
                    "name", name.value(), "link", settings.siteUrl() + "/verify-email?token=" + secret,
                    "token", secret)));
        });
        return Optional.empty();
    }

    private User registerInvited(String secret, PersonName name, Email email, String hash) {
        return transactions.inTransaction(() -> {
            AccountToken invitation = tokens.findForUpdate(secrets.hash(secret))
                    .orElseThrow(IdentityErrors.InvalidAccountToken::new);
            Instant now = clock.instant();
            invitation.requireUsable(Purpose.INVITATION, now);
            if (!invitation.email().equals(email)) {
                throw new IdentityErrors.InvalidAccountToken();
            }
            if (users.findByEmail(email).isPresent()) {
                throw new IdentityErrors.EmailTaken(email);
            }
            tokens.markUsed(invitation.tokenHash(), now);
            User created = users.add(User.register(new UserId(ids.newId()), name, email, hash,
                    invitation.role().orElse(Role.CONTRIBUTOR), now));
            audit.record(created.id(), "account.registered", "user", created.id(), null,
                    Map.of("role", created.role().name(), "invitedBy",
                            invitation.createdBy().map(UserId::toString).orElse("")));
            return created;
        });
    }

    @Override
    public void verifyEmail(String secret) {
        transactions.inTransaction(() -> {
            AccountToken token = tokens.findForUpdate(secrets.hash(secret == null ? "" : secret))
                    .orElseThrow(IdentityErrors.InvalidAccountToken::new);
            Instant now = clock.instant();
            if (token.purpose() == Purpose.CHANGE_EMAIL) {
                token.requireUsable(Purpose.CHANGE_EMAIL, now);
                changeEmail(token, now);
            } else {
                token.requireUsable(Purpose.VERIFY_EMAIL, now);
                User user = users.findByIdForUpdate(token.userId().orElseThrow())
                        .orElseThrow(IdentityErrors.InvalidAccountToken::new);
                user.activate(now);
                users.update(user);
                audit.record(user.id(), "account.email-verified", "user", user.id());
            }
            tokens.markUsed(token.tokenHash(), now);
        });
    }

    private void changeEmail(AccountToken token, Instant now) {
        User user = users.findByIdForUpdate(token.userId().orElseThrow())
                .orElseThrow(IdentityErrors.InvalidAccountToken::new);
        if (users.findByEmail(token.email()).filter(other -> !other.id().equals(user.id())).isPresent()) {
            throw new IdentityErrors.EmailTaken(token.email());
        }
        String before = user.email().value();
        user.changeEmail(token.email(), now);
        users.update(user);
        audit.record(user.id(), "account.email-changed", "user", user.id(), Map.of("email", before),
                Map.of("email", token.email().value()));
    }

    @Override
    public void requestPasswordReset(String email, String clientAddress) {
        String normalised = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
        var decision = limiter.consume("password-reset:" + normalised, settings.resetsPerAddress());
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
        // The same work for every address: the job finds out whether it has an account.
        transactions.inTransaction(() -> jobs.enqueue(PasswordResetRequestJob.TYPE,
                new PasswordResetRequestJob.Request(normalised, clientAddress == null ? "" : clientAddress)));
    }

    /** Run by the job: mails a reset link if the address belongs to an active account; otherwise nothing. */
    void issuePasswordReset(String email, String clientAddress) {
        Email address;
        try {
            address = new Email(email);
        } catch (RuntimeException invalid) {
            return;
        }
        transactions.inTransaction(() -> users.findByEmail(address).filter(User::active).ifPresent(user -> {
            String secret = issue(Purpose.RESET_PASSWORD, Optional.of(user.id()), user.email(), Optional.empty(),
                    null);
            audit.record(user.id(), "account.password-reset-requested", "user", user.id(), null,
                    Map.of("fromAddress", clientAddress));
            mail.queueUrgent(new Mail(user.email().value(), "Reset your password", "reset-password", Map.of(
                    "name", user.name().value(), "link", settings.siteUrl() + "/reset-password?token=" + secret,
                    "token", secret)));
        }));
    }

    @Override
    public void resetPassword(String secret, String newPassword) {
        var validation = new Validation();
        validation.field("newPassword", () -> {
            passwordPolicy.check(newPassword);
            return newPassword;
        });
        validation.throwIfInvalid();
        String hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            AccountToken token = tokens.findForUpdate(secrets.hash(secret == null ? "" : secret))
                    .orElseThrow(IdentityErrors.InvalidAccountToken::new);
            Instant now = clock.instant();
            token.requireUsable(Purpose.RESET_PASSWORD, now);
            tokens.markUsed(token.tokenHash(), now);
            User user = users.findByIdForUpdate(token.userId().orElseThrow())
                    .orElseThrow(IdentityErrors.InvalidAccountToken::new);
            user.changePassword(hash, now);
            users.update(user);
            int revoked = revoker.revokeAll(user.id(), Optional.empty(), now, "password-reset");
            audit.record(user.id(), "account.password-reset", "user", user.id(), null,
                    Map.of("sessionsRevoked", revoked));
        });
    }

    @Override
    public void requestEmailChange(UserId me, String currentPassword, String newEmail) {
        var validation = new Validation();
        Email email = validation.field("newEmail", () -> new Email(newEmail));
        validation.throwIfInvalid();
        User user = users.findById(me).orElseThrow(() -> new IdentityErrors.UserNotFound(me.toString()));
        if (currentPassword == null || !hasher.matches(currentPassword, user.passwordHash())) {
            throw new IdentityErrors.WrongCurrentPassword();
        }
        transactions.inTransaction(() -> {
            if (users.findByEmail(email).isPresent()) {
                throw new IdentityErrors.EmailTaken(email);
            }
            String secret = issue(Purpose.CHANGE_EMAIL, Optional.of(me), email, Optional.empty(), me);
            audit.record(me, "account.email-change-requested", "user", me, null, Map.of("email", email.value()));
            mail.queueUrgent(new Mail(email.value(), "Confirm your new email address", "change-email", Map.of(
                    "name", user.name().value(), "link", settings.siteUrl() + "/verify-email?token=" + secret,
                    "token", secret)));
        });
    }

    @Override
    public Invitation invite(UserId admin, String email, String role) {
        var validation = new Validation();
        Email address = validation.field("email", () -> new Email(email));
        Role invitedRole = validation.field("role", () -> Role.parse(role == null ? "contributor" : role));
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            if (users.findByEmail(address).isPresent()) {
                throw new IdentityErrors.EmailTaken(address);
            }
            Instant now = clock.instant();
            String secret = issue(Purpose.INVITATION, Optional.empty(), address, Optional.of(invitedRole), admin);
            Instant expires = now.plus(Purpose.INVITATION.defaultLifetime());
            audit.record(admin, "account.invited", "invitation", address.value(), null,
                    Map.of("role", invitedRole.name(), "expiresAt", expires.toString()));
            mail.queueUrgent(new Mail(address.value(), "You are invited to blogflow", "invitation", Map.of(
                    "role", invitedRole.name().toLowerCase(java.util.Locale.ROOT),
                    "link", settings.siteUrl() + "/register?invitation=" + secret, "token", secret,
                    "expiresAt", expires.toString())));
            return new Invitation(address.value(), invitedRole.name().toLowerCase(java.util.Locale.ROOT), expires);
        });
    }

    /** Creates a token and returns its secret (only the hash is stored). */
    private String issue(Purpose purpose, Optional<UserId> user, Email email, Optional<Role> role, UserId by) {
        String secret = secrets.newSecret();
        tokens.add(AccountToken.issue(secrets.hash(secret), purpose, user, email, role, clock.instant(),
                purpose.defaultLifetime(), Optional.ofNullable(by)));
        return secret;
    }
}
