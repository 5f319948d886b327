package io.blogflow.shared.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a person using blogflow; shared because every context records who did what. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<UserId> parse(String raw) {
        try {
            return Optional.of(new UserId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
