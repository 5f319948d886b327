package io.blogflow.notifications.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<NotificationId> parse(String raw) {
        try {
            return Optional.of(new NotificationId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
