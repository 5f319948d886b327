package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The ids of the posts a filter by tag slug, category slug and author selects, in one read. */
public interface PostIdSelection {

    /** Posts of any status, trashed included, matching every criterion given. */
    Set<PostId> select(Optional<String> tagSlug, Optional<String> categorySlug, Optional<UUID> author);
}
