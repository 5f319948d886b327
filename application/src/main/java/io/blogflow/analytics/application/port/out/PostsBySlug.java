package io.blogflow.analytics.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** Which published post a URL slug names, so page views are attributed to posts. */
public interface PostsBySlug {

    Optional<UUID> postIdOf(String slug);
}
