package io.blogflow.analytics.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** Which published post a URL slug names, so page views are attributed to posts. */
public interface PostsBySlug {

    Optional<UUID> postIdOf(String slug);

    /** Whether {@link #postIdOf} answers this slug from memory, without a query (by default: not known to). */
    default boolean answersFromMemory(String slug) {
        return false;
    }
}
