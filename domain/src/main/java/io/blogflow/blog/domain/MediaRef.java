package io.blogflow.blog.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A reference from a post to an item of the media library (featured image, social-sharing image). The blog context
 * only holds the id; the database refuses ids of media that do not exist and media deleted from under a post.
 */
public record MediaRef(UUID value) {

    public MediaRef {
        Objects.requireNonNull(value, "value");
    }

    /** {@code null} for {@code null}: optional references. */
    public static MediaRef optional(UUID value) {
        return value == null ? null : new MediaRef(value);
    }

    /** The id, or {@code null} for no reference. */
    public static UUID idOf(MediaRef ref) {
        return ref == null ? null : ref.value();
    }
}
