package io.blogflow.notifications.adapter.persistence;

import io.blogflow.notifications.application.port.out.NotificationRepository;
import io.blogflow.notifications.domain.Notification;
import io.blogflow.notifications.domain.NotificationId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheNotificationRepository implements NotificationRepository,
        PanacheRepositoryBase<NotificationJpaEntity, UUID> {

    @Override
    public void add(Notification n) {
        var row = new NotificationJpaEntity();
        row.id = n.id().value();
        row.recipientId = n.recipient().value();
        row.type = n.type();
        row.title = n.title();
        row.body = n.body();
        row.link = n.link().orElse(null);
        row.data = n.data();
        row.createdAt = n.createdAt();
        row.readAt = n.readAt().orElse(null);
        persist(row);
    }

    @Override
    public Page<Notification> find(UserId recipient, boolean unreadOnly, PageRequest page) {
        var query = find("recipientId = ?1" + (unreadOnly ? " and readAt is null" : ""),
                Sort.descending("createdAt", "id"), recipient.value());
        query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size()));
        return new Page<>(query.list().stream().map(PanacheNotificationRepository::toDomain).toList(), page.page(),
                page.size(), query.count());
    }

    @Override
    public long countUnread(UserId recipient) {
        return count("recipientId = ?1 and readAt is null", recipient.value());
    }

    @Override
    public boolean markRead(UserId recipient, NotificationId id, Instant at) {
        var row = findByIdOptional(id.value()).filter(r -> r.recipientId.equals(recipient.value()));
        row.filter(r -> r.readAt == null).ifPresent(r -> r.readAt = at);
        return row.isPresent();
    }

    @Override
    public int markAllRead(UserId recipient, Instant at) {
        return update("readAt = ?1 where recipientId = ?2 and readAt is null", at, recipient.value());
    }

    @Override
    public List<Notification> allOf(UserId recipient) {
        return find("recipientId = ?1", Sort.ascending("createdAt", "id"), recipient.value()).list().stream()
                .map(PanacheNotificationRepository::toDomain).toList();
    }

    @Override
    public int deleteAll(UserId recipient) {
        return (int) delete("recipientId = ?1", recipient.value());
    }

    @Override
    public List<Notification> createdAfter(UserId recipient, Instant after, int limit) {
        return find("recipientId = ?1 and createdAt > ?2", Sort.ascending("createdAt", "id"), recipient.value(), after)
                .page(0, limit).list().stream().map(PanacheNotificationRepository::toDomain).toList();
    }

    private static Notification toDomain(NotificationJpaEntity row) {
        return new Notification(new NotificationId(row.id), new UserId(row.recipientId), row.type, row.title, row.body,
                Optional.ofNullable(row.link), row.data == null ? java.util.Map.of() : row.data, row.createdAt,
                Optional.ofNullable(row.readAt));
    }
}
