package io.blogflow.notifications.application.service;

import io.blogflow.notifications.application.port.out.NotificationRepository;
import io.blogflow.notifications.application.port.out.NotificationSignals;
import io.blogflow.notifications.application.port.out.Recipients;
import io.blogflow.notifications.domain.Notification;
import io.blogflow.notifications.domain.NotificationId;
import io.blogflow.notifications.domain.Recipient;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.mail.Mail;
import io.blogflow.shared.domain.notice.Notice;
import io.blogflow.shared.domain.notice.NoticeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers notices: one in-app notification per recipient (never to the person who caused it), a live signal, and an
 * email queued as a job when the type's rule and the recipient's preferences say so. All in the caller's transaction.
 */
public final class NoticeService implements Notices {

    private final NoticeTypes types;
    private final Recipients recipients;
    private final NotificationRepository notifications;
    private final NotificationSignals signals;
    private final OutgoingMail mail;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;
    private final String siteUrl;

    public NoticeService(NoticeTypes types, Recipients recipients, NotificationRepository notifications,
                         NotificationSignals signals, OutgoingMail mail, IdGenerator ids, Transactions transactions,
                         Clock clock, String siteUrl) {
        this.types = types;
        this.recipients = recipients;
        this.notifications = notifications;
        this.signals = signals;
        this.mail = mail;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    @Override
    public void send(Notice notice) {
        NoticeType type = types.require(notice.type().code());
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            for (Recipient recipient : recipients.resolve(notice.audience())) {
                if (notice.actor().filter(recipient.id()::equals).isPresent()) {
                    continue;
                }
                notifications.add(new Notification(new NotificationId(ids.newId()), recipient.id(), type.code(),
                        notice.title(), notice.body(), notice.link(), notice.data(), now, Optional.empty()));
                signals.signal(recipient.id());
                if (recipient.wantsEmail(type.email())) {
                    mail.queue(new Mail(recipient.email(), notice.title(), "notification", Map.of(
                            "title", notice.title(), "body", notice.body(), "type", type.code(),
                            "link", notice.link().map(this::absolute).orElse(""))));
                }
            }
        });
    }

    private String absolute(String link) {
        return link.startsWith("/") ? siteUrl + link : link;
    }
}
