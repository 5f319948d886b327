package io.blogflow.engagement.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A comment that readers like, by id (the comments themselves live in their own context). */
public record CommentRef(UUID value) {

    public CommentRef {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<CommentRef> parse(String raw) {
        try {
            return Optional.of(new CommentRef(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
