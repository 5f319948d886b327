package io.blogflow.blog.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a manual redirect. */
public record RedirectId(UUID value) {

    public RedirectId {
        Objects.requireNonNull(value, "value");
    }

    /** An unparsable id names no redirect. */
    public static Optional<RedirectId> parse(String raw) {
        try {
            return Optional.of(new RedirectId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
