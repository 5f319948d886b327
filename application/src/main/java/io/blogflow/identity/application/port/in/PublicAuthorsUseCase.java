package io.blogflow.identity.application.port.in;

import io.blogflow.shared.domain.UserId;
import java.util.Collection;
import java.util.Map;

/**
 * Authors as readers may see them, for bylines (feeds, structured data): the name, and the avatar and profile
 * address of the author profile. Nothing private (no email, no roles).
 */
public interface PublicAuthorsUseCase {

    /** {@code avatarUrl} and {@code profileUrl} are null when the profile has none. */
    record PublicAuthor(UserId id, String name, String avatarUrl, String profileUrl) {
    }

    /** The authors among {@code ids} whose accounts are not erased, by id: one read however many are asked. */
    Map<UserId, PublicAuthor> find(Collection<UserId> ids);
}
