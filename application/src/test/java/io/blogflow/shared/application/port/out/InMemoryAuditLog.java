package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link AuditLog} in memory; passes {@link AuditLogContract}. {@link #entries()} is what services wrote, in order. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> find(Filter filter, PageRequest pageRequest) {
        return InMemoryPages.page(entries.stream().filter(entry -> matches(filter, entry))
                .sorted(Comparator.comparing(AuditEntry::occurredAt).reversed()).toList(), pageRequest);
    }

    /** Everything appended, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The actions appended, oldest first. */
    public synchronized List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }

    private static boolean matches(Filter filter, AuditEntry entry) {
        return (filter.actor() == null || filter.actor().equals(entry.actor()))
                && (filter.action() == null || filter.action().equals(entry.action()))
                && (filter.targetType() == null || filter.targetType().equals(entry.targetType()))
                && (filter.targetId() == null || filter.targetId().equals(entry.targetId()))
                && (filter.from() == null || !entry.occurredAt().isBefore(filter.from()))
                && (filter.to() == null || entry.occurredAt().isBefore(filter.to()));
    }
}
