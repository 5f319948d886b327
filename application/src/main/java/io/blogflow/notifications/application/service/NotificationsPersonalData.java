package io.blogflow.notifications.application.service;

import io.blogflow.notifications.application.port.out.NotificationRepository;
import io.blogflow.notifications.domain.Notification;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.domain.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The notifications context's part of GDPR requests: a person's notifications, exported, and deleted on erasure. */
public final class NotificationsPersonalData implements PersonalDataHolder {

    private final NotificationRepository notifications;

    public NotificationsPersonalData(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(UserId user) {
        return notifications.allOf(user).stream().map(NotificationsPersonalData::entry).toList();
    }

    @Override
    public void erase(UserId user, Optional<UserId> successor) {
        notifications.deleteAll(user);
    }

    private static Map<String, Object> entry(Notification n) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", n.id().value().toString());
        entry.put("type", n.type());
        entry.put("title", n.title());
        entry.put("body", n.body());
        entry.put("link", n.link().orElse(null));
        entry.put("data", n.data());
        entry.put("createdAt", n.createdAt().toString());
        entry.put("readAt", n.readAt().map(Object::toString).orElse(null));
        return entry;
    }
}
