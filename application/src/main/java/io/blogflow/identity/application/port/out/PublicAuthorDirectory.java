package io.blogflow.identity.application.port.out;

import io.blogflow.identity.application.port.in.PublicAuthorsUseCase.PublicAuthor;
import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.Set;

/** The public side of accounts and their author profiles, read as a narrow projection (no whole users loaded). */
public interface PublicAuthorDirectory {

    /** Accounts among {@code ids} that are not erased, with their profile's public fields; never called empty. */
    Map<UserId, PublicAuthor> find(Set<UserId> ids);
}
