package io.blogflow.analytics.application.port.out;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The posts a dashboard filter selects, asked of the blog's data. */
public interface PostSelection {

    /**
     * The ids of the posts (any status, trashed included) matching every criterion given.
     *
     * @param tag      a tag's slug
     * @param category a category's slug
     */
    Set<UUID> select(Optional<String> tag, Optional<String> category, Optional<UUID> author);
}
