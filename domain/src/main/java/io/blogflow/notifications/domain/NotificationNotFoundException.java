package io.blogflow.notifications.domain;

import io.blogflow.shared.domain.DomainException;

public final class NotificationNotFoundException extends DomainException {

    public NotificationNotFoundException(String id) {
        super(Kind.NOT_FOUND, "notification-not-found", "No notification with id '" + id + "'.");
    }
}
