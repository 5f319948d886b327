package io.blogflow.notifications.application.service;

import io.blogflow.notifications.application.port.in.MyNotificationsUseCase;
import io.blogflow.notifications.application.port.out.NotificationRepository;
import io.blogflow.notifications.application.port.out.NotificationSignals;
import io.blogflow.notifications.domain.Notification;
import io.blogflow.notifications.domain.NotificationId;
import io.blogflow.notifications.domain.NotificationNotFoundException;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.notice.NoticeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

public final class MyNotificationsService implements MyNotificationsUseCase {

    static final int BATCH = 100;

    private final NotificationRepository notifications;
    private final NotificationSignals signals;
    private final NoticeTypes types;
    private final Transactions transactions;
    private final Clock clock;

    public MyNotificationsService(NotificationRepository notifications, NotificationSignals signals, NoticeTypes types,
                                  Transactions transactions, Clock clock) {
        this.notifications = notifications;
        this.signals = signals;
        this.types = types;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Inbox list(UserId me, boolean unreadOnly, PageRequest page) {
        return transactions.inTransaction(() -> new Inbox(notifications.find(me, unreadOnly, page),
                notifications.countUnread(me)));
    }

    @Override
    public void markRead(UserId me, NotificationId id) {
        transactions.inTransaction(() -> {
            if (!notifications.markRead(me, id, clock.instant())) {
                throw new NotificationNotFoundException(id.toString());
            }
        });
    }

    @Override
    public int markAllRead(UserId me) {
        return transactions.inTransaction(() -> notifications.markAllRead(me, clock.instant()));
    }

    @Override
    public AutoCloseable watch(UserId me, Instant since, Consumer<Notification> onNew) {
        AtomicReference<Instant> seen = new AtomicReference<>(since);
        Runnable catchUp = () -> {
            synchronized (seen) {
                List<Notification> fresh;
                do {
                    fresh = transactions.inTransaction(() -> notifications.createdAfter(me, seen.get(), BATCH));
                    for (Notification notification : fresh) {
                        onNew.accept(notification);
                        seen.set(notification.createdAt());
                    }
                } while (fresh.size() == BATCH);
            }
        };
        AutoCloseable subscription = signals.subscribe(me, catchUp);
        catchUp.run();
        return subscription;
    }

    @Override
    public List<NoticeType> types() {
        return types.all();
    }
}
