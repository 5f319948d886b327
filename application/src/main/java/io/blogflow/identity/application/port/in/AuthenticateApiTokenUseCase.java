package io.blogflow.identity.application.port.in;

import io.blogflow.shared.domain.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Asked by the HTTP edge for {@code Authorization: Bearer bf_…}: whose token is it, and what may it do now? */
public interface AuthenticateApiTokenUseCase {

    Optional<ApiTokenIdentity> authenticate(String secret);

    record ApiTokenIdentity(UUID tokenId, UserId owner, Set<String> permissions) {
    }
}
