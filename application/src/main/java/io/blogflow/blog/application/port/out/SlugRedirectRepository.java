package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Old slugs of published posts, each leading to the post (and so to its current slug). */
public interface SlugRedirectRepository {

    /** Records (or re-points) {@code from} to lead to {@code post}. */
    void redirect(Slug from, PostId post, Instant at);

    void remove(Slug from);

    Optional<PostId> target(Slug from);

    /** Old slugs in use that equal {@code base} or extend it with a suffix; they are not free for other posts. */
    Set<String> slugsStartingWith(Slug base);
}
