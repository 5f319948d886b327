package io.blogflow.comments.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a comment. */
public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    /** An unparsable id names no comment. */
    public static Optional<CommentId> parse(String raw) {
        try {
            return Optional.of(new CommentId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
