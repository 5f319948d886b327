package io.blogflow.shared.domain.notice;

import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something people should hear about: its type, who (the actor, if a person caused it, is never notified of their
 * own doing), a one-line title, a body, an optional link (path or URL of what it is about) and machine-readable
 * data (ids) for clients.
 */
public record Notice(NoticeType type, Audience audience, Optional<UserId> actor, String title, String body,
                     Optional<String> link, Map<String, String> data) {

    public Notice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(link, "link");
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("A notice title has 1 to 200 characters");
        }
        body = Objects.requireNonNullElse(body, "");
        if (body.length() > 2000) {
            throw new IllegalArgumentException("A notice body has at most 2000 characters");
        }
        data = Map.copyOf(Objects.requireNonNull(data, "data"));
    }

    public static Notice of(NoticeType type, Audience audience, UserId actor, String title, String body, String link,
                            Map<String, String> data) {
        return new Notice(type, audience, Optional.ofNullable(actor), title, body, Optional.ofNullable(link), data);
    }
}
