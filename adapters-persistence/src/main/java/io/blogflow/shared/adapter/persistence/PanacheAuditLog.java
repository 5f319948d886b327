package io.blogflow.shared.adapter.persistence;

import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PanacheAuditLog implements AuditLog, PanacheRepositoryBase<AuditEntryJpaEntity, UUID> {

    @Override
    public void append(AuditEntry entry) {
        var row = new AuditEntryJpaEntity();
        row.id = entry.id();
        row.occurredAt = entry.occurredAt();
        row.actorId = entry.actor() == null ? null : entry.actor().value();
        row.action = entry.action();
        row.targetType = entry.targetType();
        row.targetId = entry.targetId();
        row.before = entry.before();
        row.after = entry.after();
        row.ip = entry.origin().ip();
        row.userAgent = entry.origin().userAgent();
        row.requestId = entry.origin().requestId();
        persist(row);
    }

    @Override
    public Page<AuditEntry> find(Filter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.actor() != null) {
            conditions.add("actorId = :actor");
            parameters.and("actor", filter.actor().value());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            parameters.and("action", filter.action());
        }
        if (filter.targetType() != null) {
            conditions.add("targetType = :targetType");
            parameters.and("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            conditions.add("targetId = :targetId");
            parameters.and("targetId", filter.targetId());
        }
        if (filter.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", filter.to());
        }
        Sort newestFirst = Sort.descending("occurredAt", "id");
        var query = conditions.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        query.page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size()));
        return new Page<>(query.list().stream().map(PanacheAuditLog::toDomain).toList(), request.page(),
                request.size(), query.count());
    }

    private static AuditEntry toDomain(AuditEntryJpaEntity row) {
        return new AuditEntry(row.id, row.occurredAt, row.actorId == null ? null : new UserId(row.actorId),
                row.action, row.targetType, row.targetId, row.before, row.after,
                new AuditEntry.Origin(row.ip, row.userAgent, row.requestId));
    }
}
