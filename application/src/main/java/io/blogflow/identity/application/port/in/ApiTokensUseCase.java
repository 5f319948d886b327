package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.ApiToken;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A user's own API tokens. */
public interface ApiTokensUseCase {

    /** The secret is in the result only: it is stored as a hash and cannot be shown again. */
    CreatedApiToken create(UserId owner, String name, Set<String> scopes, Instant expiresAt);

    List<ApiToken> list(UserId owner);

    /** Another user's token id is "not found". */
    void revoke(UserId owner, UUID tokenId);

    record CreatedApiToken(ApiToken token, String secret) {
    }
}
