package io.blogflow.engagement.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a newsletter subscriber. */
public record SubscriberId(UUID value) {

    public SubscriberId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<SubscriberId> parse(String raw) {
        try {
            return Optional.of(new SubscriberId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
