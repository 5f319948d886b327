package io.blogflow.notifications.application.port.out;

import io.blogflow.notifications.domain.Notification;
import io.blogflow.notifications.domain.NotificationId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;

public interface NotificationRepository {

    void add(Notification notification);

    /** The recipient's notifications, newest first; only unread ones when asked. */
    Page<Notification> find(UserId recipient, boolean unreadOnly, PageRequest page);

    long countUnread(UserId recipient);

    /** Marks one of the recipient's notifications read (false: no such notification of theirs). */
    boolean markRead(UserId recipient, NotificationId id, Instant at);

    int markAllRead(UserId recipient, Instant at);

    /** Every notification of the recipient, oldest first (a GDPR export). */
    List<Notification> allOf(UserId recipient);

    /** Deletes every notification of the recipient (a GDPR erasure); returns how many. */
    int deleteAll(UserId recipient);

    /** The recipient's notifications created after {@code after}, oldest first, at most {@code limit}. */
    List<Notification> createdAfter(UserId recipient, Instant after, int limit);
}
