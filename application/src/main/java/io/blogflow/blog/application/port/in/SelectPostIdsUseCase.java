package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.PostId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Which posts a filter by tag, category and author selects, as ids (for other contexts' figures per post). */
public interface SelectPostIdsUseCase {

    /**
     * The ids of the posts (any status, trashed included) matching every criterion given; all posts for none.
     *
     * @param tagSlug      a tag's slug
     * @param categorySlug a category's slug (that category only, not its sub-categories)
     */
    Set<PostId> postIds(Optional<String> tagSlug, Optional<String> categorySlug, Optional<UUID> author);
}
