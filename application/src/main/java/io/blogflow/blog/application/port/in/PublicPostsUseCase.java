package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.Slug;

/** Anonymous reading of published posts. */
public interface PublicPostsUseCase {

    /** A published post by its slug, or where an old slug of it moved to. */
    Resolution bySlug(String slug);

    /** Exactly one of {@code post} (found) and {@code movedTo} (permanently moved) is set. */
    record Resolution(Post post, Slug movedTo) {
    }
}
