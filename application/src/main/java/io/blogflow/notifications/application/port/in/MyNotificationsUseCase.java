package io.blogflow.notifications.application.port.in;

import io.blogflow.notifications.domain.Notification;
import io.blogflow.notifications.domain.NotificationId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.notice.NoticeType;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** A signed-in person's own notifications: read them, mark them read, watch new ones arrive. */
public interface MyNotificationsUseCase {

    record Inbox(Page<Notification> page, long unread) {
    }

    Inbox list(UserId me, boolean unreadOnly, PageRequest page);

    void markRead(UserId me, NotificationId id);

    int markAllRead(UserId me);

    /** Calls {@code onNew} with each notification created after {@code since}, as they arrive; close to stop. */
    AutoCloseable watch(UserId me, Instant since, Consumer<Notification> onNew);

    /** Every notice type the application sends, in code order. */
    List<NoticeType> types();
}
