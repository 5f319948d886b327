package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.ApiTokensUseCase;
import io.blogflow.identity.application.port.in.AuthenticateApiTokenUseCase;
import io.blogflow.identity.application.port.out.ApiTokenRepository;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.IdentityErrors.ApiTokenNotFound;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public final class ApiTokensService implements ApiTokensUseCase, AuthenticateApiTokenUseCase {

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final SecretTokens secrets;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public ApiTokensService(ApiTokenRepository tokens, UserRepository users, SecretTokens secrets,
                            Transactions transactions, IdGenerator ids, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.users = users;
        this.secrets = secrets;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CreatedApiToken create(UserId ownerId, String name, Set<String> scopes, Instant expiresAt) {
        User owner = users.findById(ownerId).orElseThrow(() -> new UserNotFound(ownerId.toString()));
        String secret = ApiToken.SECRET_PREFIX + secrets.newSecret();
        ApiToken token = ApiToken.issue(ids.newId(), owner, name, scopes, expiresAt, secret, secrets.hash(secret),
                clock.instant());
        transactions.inTransaction(() -> {
            tokens.add(token);
            audit.record(ownerId, "api-token.created", "api-token", token.id(), null,
                    Map.of("name", token.name(), "scopes", List.copyOf(token.scopes())));
        });
        return new CreatedApiToken(token, secret);
    }

    @Override
    public List<ApiToken> list(UserId owner) {
        return tokens.findByOwner(owner);
    }

    @Override
    public void revoke(UserId owner, UUID tokenId) {
        transactions.inTransaction(() -> {
            ApiToken token = tokens.findByTokenId(tokenId).filter(found -> found.ownerId().equals(owner))
                    .orElseThrow(() -> new ApiTokenNotFound(tokenId.toString()));
            token.revoke(clock.instant());
            tokens.update(token);
            audit.record(owner, "api-token.revoked", "api-token", token.id());
        });
    }

    @Override
    public Optional<ApiTokenIdentity> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.SECRET_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findWithActiveOwner(secrets.hash(secret))
                .filter(owned -> owned.token().isUsableAt(now))
                .map(owned -> {
                    ApiToken token = owned.token();
                    if (token.recordUse(now)) {
                        transactions.inTransaction(() -> tokens.recordUse(token.id(), now));
                    }
                    return new ApiTokenIdentity(token.id(), token.ownerId(), token.effectiveScopes(owned.ownerRole()));
                });
    }
}
