package io.blogflow.blog.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a post. */
public record PostId(UUID value) {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from the outside world; an unparsable id simply names no post. */
    public static Optional<PostId> parse(String raw) {
        try {
            return Optional.of(new PostId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
