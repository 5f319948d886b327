package io.blogflow.identity.bootstrap;

import io.blogflow.billing.application.port.in.RecordUsageUseCase;
import io.blogflow.identity.application.port.out.SeatQuota;
import io.blogflow.identity.adapter.rest.SessionCheckCache;
import io.blogflow.identity.adapter.security.Argon2PasswordHasher;
import io.blogflow.identity.adapter.security.CommonPasswords;
import io.blogflow.identity.adapter.security.JwtAccessTokens;
import io.blogflow.identity.adapter.security.RandomSecretTokens;
import io.blogflow.identity.application.AuthPolicy;
import io.blogflow.identity.application.port.in.BootstrapAdminUseCase;
import io.blogflow.identity.application.port.in.LogInUseCase;
import io.blogflow.identity.application.port.in.RefreshSessionUseCase;
import io.blogflow.identity.application.port.in.ResetAdminPasswordUseCase;
import io.blogflow.identity.application.port.out.AccessTokens;
import io.blogflow.identity.application.port.out.AccountTokenRepository;
import io.blogflow.identity.application.port.out.ApiTokenRepository;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.application.service.AccountPersonalData;
import io.blogflow.identity.application.service.AccountService;
import io.blogflow.identity.application.service.ApiTokensService;
import io.blogflow.identity.application.service.BootstrapAdminService;
import io.blogflow.identity.application.service.LogInService;
import io.blogflow.identity.application.service.RefreshSessionService;
import io.blogflow.identity.application.service.ResetAdminPasswordService;
import io.blogflow.identity.application.service.SessionIssuer;
import io.blogflow.identity.application.service.SessionRevoker;
import io.blogflow.identity.application.service.SessionsService;
import io.blogflow.identity.application.service.UserAdministrationService;
import io.blogflow.identity.domain.LockoutPolicy;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the identity context: its policies from configuration, its adapters and its framework-free services. */
@Singleton
public class IdentityProducers {

    @Produces
    @Singleton
    AuthPolicy authPolicy(IdentityConfig config) {
        return new AuthPolicy(config.accessTokenTtl(), config.sessionLifetime(), config.refreshGrace(),
                new LockoutPolicy(config.lockoutThreshold(), config.lockoutBase(), config.lockoutMax()));
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswords.load());
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Produces
    @Singleton
    SecretTokens secretTokens() {
        return new RandomSecretTokens();
    }

    @Produces
    @Singleton
    AccessTokens accessTokens(IdentityConfig config) {
        return new JwtAccessTokens(config.jwtIssuer(), config.jwtAudience(), config.accessTokenTtl());
    }

    /** Told of revocations through {@link SessionRevocationSignals}, which also tells the other instances. */
    @Produces
    @Singleton
    @Typed(SessionCheckCache.class)
    SessionCheckCache sessionCheckCache(IdentityConfig config) {
        return new SessionCheckCache(config.sessionCheckCacheTtl());
    }

    @Produces
    @Singleton
    SessionIssuer sessionIssuer(SessionRepository sessions, AccessTokens tokens, SecretTokens secrets,
                                IdGenerator ids, AuthPolicy policy) {
        return new SessionIssuer(sessions, tokens, secrets, ids, policy);
    }

    @Produces
    @Singleton
    SessionRevoker sessionRevoker(SessionRepository sessions, SessionRevocations revocations) {
        return new SessionRevoker(sessions, revocations);
    }

    @Produces
    @Singleton
    LogInUseCase logIn(UserRepository users, PasswordHasher hasher, SessionIssuer issuer, Transactions transactions,
                       Clock clock, AuthPolicy policy, AuditTrail audit) {
        return new LogInService(users, hasher, issuer, transactions, clock, policy, audit);
    }

    @Produces
    @Singleton
    RefreshSessionUseCase refresh(SessionRepository sessions, UserRepository users, SecretTokens secrets,
                                  SessionIssuer issuer, SessionRevocations revocations, Transactions transactions,
                                  Clock clock, AuthPolicy policy, AuditTrail audit) {
        return new RefreshSessionService(sessions, users, secrets, issuer, revocations, transactions, clock, policy,
                audit);
    }

    /** Both the sessions use case and the per-request session check. */
    @Produces
    @Singleton
    SessionsService sessions(SessionRepository sessions, SessionRevoker revoker, Transactions transactions,
                             Clock clock, AuditTrail audit) {
        return new SessionsService(sessions, revoker, transactions, clock, audit);
    }

    @Produces
    @Singleton
    AccountService accounts(UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                            SessionRevoker revoker, Transactions transactions, Clock clock, AuditTrail audit) {
        return new AccountService(users, hasher, passwordPolicy, revoker, transactions, clock, audit);
    }

    @Produces
    @Singleton
    UserAdministrationService userAdministration(UserRepository users, PasswordHasher hasher,
                                                 PasswordPolicy passwordPolicy, SessionRevoker revoker,
                                                 SeatQuota seats, Transactions transactions, IdGenerator ids,
                                                 Clock clock, AuditTrail audit) {
        return new UserAdministrationService(users, hasher, passwordPolicy, revoker, seats, transactions, ids, clock,
                audit);
    }

    /** Users created by an admin take seats of the admin's plan, through billing. */
    @Produces
    @Singleton
    SeatQuota seats(RecordUsageUseCase records) {
        return new BillingSeatQuota(records);
    }

    /** Both managing one's tokens and authenticating requests that carry one. */
    @Produces
    @Singleton
    ApiTokensService apiTokens(ApiTokenRepository tokens, UserRepository users, SecretTokens secrets,
                               Transactions transactions, IdGenerator ids, Clock clock, AuditTrail audit) {
        return new ApiTokensService(tokens, users, secrets, transactions, ids, clock, audit);
    }

    @Produces
    @Singleton
    PersonalDataHolder accountPersonalData(UserRepository users, SessionRepository sessions,
                                           ApiTokenRepository tokens, AccountTokenRepository accountTokens,
                                           SessionRevoker revoker, Clock clock) {
        return new AccountPersonalData(users, sessions, tokens, accountTokens, revoker, clock);
    }

    @Produces
    @Singleton
    BootstrapAdminUseCase bootstrapAdmin(UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                                         Transactions transactions, IdGenerator ids, Clock clock) {
        return new BootstrapAdminService(users, hasher, passwordPolicy, transactions, ids, clock);
    }

    @Produces
    @Singleton
    ResetAdminPasswordUseCase resetAdminPassword(UserRepository users, PasswordHasher hasher,
                                                 PasswordPolicy passwordPolicy, SessionRevoker revoker,
                                                 Transactions transactions, Clock clock, AuditTrail audit) {
        return new ResetAdminPasswordService(users, hasher, passwordPolicy, revoker, transactions, clock, audit);
    }
}
