package io.blogflow.notifications.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One notice as one person's in-app notification; read once they marked it read. */
public record Notification(NotificationId id, UserId recipient, String type, String title, String body,
                           Optional<String> link, Map<String, String> data, Instant createdAt,
                           Optional<Instant> readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        link = Objects.requireNonNullElse(link, Optional.empty());
        readAt = Objects.requireNonNullElse(readAt, Optional.empty());
        data = Map.copyOf(Objects.requireNonNull(data, "data"));
    }

    public boolean read() {
        return readAt.isPresent();
    }
}
