package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.ApiToken;
import io.blogflow.shared.domain.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ApiTokenRepository {

    void add(ApiToken token);

    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findByTokenId(UUID id);

    void update(ApiToken token);

    /** Newest first, revoked ones included (they show as revoked). */
    List<ApiToken> findByOwner(UserId owner);
}
