package io.blogflow.notifications.bootstrap;

import io.blogflow.identity.application.port.in.ContactsUseCase;
import io.blogflow.notifications.adapter.persistence.PostgresNotificationSignals;
import io.blogflow.notifications.application.port.in.MyNotificationsUseCase;
import io.blogflow.notifications.application.port.out.NotificationRepository;
import io.blogflow.notifications.application.port.out.NotificationSignals;
import io.blogflow.notifications.application.service.MyNotificationsService;
import io.blogflow.notifications.application.service.NoticeService;
import io.blogflow.notifications.application.service.NoticeTypes;
import io.blogflow.notifications.application.service.NotificationsPersonalData;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * Notifications: the {@link Notices} port every context sends through, built from every context's
 * {@link NoticeCatalog} bean, delivered in-app, live and by email.
 */
@Singleton
public class NotificationProducers {

    @Produces
    @Singleton
    NoticeTypes noticeTypes(@Any Instance<NoticeCatalog> catalogues) {
        return new NoticeTypes(() -> List.copyOf(catalogues.stream().toList()));
    }

    @Produces
    @Singleton
    PostgresNotificationSignals notificationSignals(EntityManager entityManager, SignalChannels channels) {
        return new PostgresNotificationSignals(entityManager, channels);
    }

    @Produces
    @Singleton
    Notices notices(NoticeTypes types, ContactsUseCase contacts, NotificationRepository notifications,
                    NotificationSignals signals, OutgoingMail mail, IdGenerator ids, Transactions transactions,
                    Clock clock, BlogflowConfig config) {
        return new NoticeService(types, new IdentityRecipients(contacts), notifications, signals, mail, ids,
                transactions, clock, config.site().url().toString());
    }

    @Produces
    @Singleton
    MyNotificationsUseCase myNotifications(NotificationRepository notifications, NotificationSignals signals,
                                           NoticeTypes types, Transactions transactions, Clock clock) {
        return new MyNotificationsService(notifications, signals, types, transactions, clock);
    }

    /** A person's notifications in GDPR exports, deleted on erasure. */
    @Produces
    @Singleton
    PersonalDataHolder notificationsPersonalData(NotificationRepository notifications) {
        return new NotificationsPersonalData(notifications);
    }

    void stop(@Observes ShutdownEvent stopping, PostgresNotificationSignals signals) {
        signals.stop();
    }
}
