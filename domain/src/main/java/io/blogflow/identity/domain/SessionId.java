package io.blogflow.identity.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a login session (carried in access tokens as the {@code sid} claim). */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<SessionId> parse(String raw) {
        try {
            return Optional.of(new SessionId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
