package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.Role;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ApiTokenRepository {

    void add(ApiToken token);

    /**
     * The token with this secret hash, if its owner is active and not erased, with the owner's role as it is now:
     * everything authenticating a request needs, in one read.
     */
    Optional<OwnedApiToken> findWithActiveOwner(String secretHash);

    Optional<ApiToken> findByTokenId(UUID id);

    void update(ApiToken token);

    /** Writes down when the token was last used, without loading it first. */
    void recordUse(UUID tokenId, Instant at);

    /** Newest first, revoked ones included (they show as revoked). */
    List<ApiToken> findByOwner(UserId owner);

    /** A token with its owner's current role (which bounds what the token may do). */
    record OwnedApiToken(ApiToken token, Role ownerRole) {
    }
}
