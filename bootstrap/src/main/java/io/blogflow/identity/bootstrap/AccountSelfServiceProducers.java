package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.out.AccountTokenRepository;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.application.port.in.ContactsUseCase;
import io.blogflow.identity.application.port.in.PublicAuthorsUseCase;
import io.blogflow.identity.application.port.out.PublicAuthorDirectory;
import io.blogflow.identity.application.service.PublicAuthorsService;
import io.blogflow.identity.application.service.AccountSelfService;
import io.blogflow.identity.application.service.ContactsService;
import io.blogflow.identity.application.service.PasswordResetRequestJob;
import io.blogflow.identity.application.service.SessionRevoker;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.RegistrationMode;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.application.RetentionCleanup;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.shared.bootstrap.Intervals;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Registration, invitations, email verification and change, password reset. */
@Singleton
public class AccountSelfServiceProducers {

    @Produces
    @Singleton
    AccountSelfService accountSelfService(UserRepository users, AccountTokenRepository tokens, SecretTokens secrets,
                                          PasswordHasher hasher, PasswordPolicy policy, SessionRevoker revoker,
                                          OutgoingMail mail, Jobs jobs, RateLimiter limiter,
                                          Transactions transactions, IdGenerator ids, Clock clock, AuditTrail audit,
                                          IdentityConfig identity, BlogflowConfig config) {
        RegistrationMode mode = RegistrationMode.parse(identity.registrationMode()).orElseThrow(() ->
                new IllegalStateException("BLOGFLOW_AUTH_REGISTRATION_MODE must be closed, invite or open: "
                        + identity.registrationMode()));
        return new AccountSelfService(users, tokens, secrets, hasher, policy, revoker, mail, jobs, limiter,
                transactions, ids, clock, audit, new AccountSelfService.Settings(mode, config.site().url().toString(),
                new RateLimiter.Limit(identity.passwordResetCapacity(), identity.passwordResetWindow())));
    }

    /** How notifications reach people (the notifications context reads it through this port.in). */
    @Produces
    @Singleton
    ContactsUseCase contacts(UserRepository users) {
        return new ContactsService(users);
    }

    /** Authors as readers see them (the blog's bylines read it through this port.in). */
    @Produces
    @Singleton
    PublicAuthorsUseCase publicAuthors(PublicAuthorDirectory directory) {
        return new PublicAuthorsService(directory);
    }

    @Produces
    @Singleton
    PasswordResetRequestJob passwordResetRequestJob(AccountSelfService accounts) {
        return new PasswordResetRequestJob(accounts);
    }

    @Produces
    @Singleton
    RetentionCleanup deleteExpiredAccountTokens(AccountTokenRepository tokens, Transactions transactions, Clock clock,
                                                BlogflowConfig config) {
        var cleanup = config.cleanup();
        return new RetentionCleanup("identity.delete-expired-account-tokens",
                Intervals.parse("blogflow.cleanup.interval", cleanup.interval()), cleanup.sessionRetention(),
                tokens::deleteExpiredBefore, transactions, clock);
    }
}
