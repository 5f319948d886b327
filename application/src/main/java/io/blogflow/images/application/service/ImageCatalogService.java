package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.UUID;

/**
 * One kind of catalogue entry kept by admins: what differs per kind is how values become a valid entry
 * ({@link CatalogKind}); lookup, versions, transactions and the audit are the same.
 */
public final class ImageCatalogService<T, V> implements ImageCatalogUseCase<T, V> {

    /** How a kind's values become an entry (validating all fields at once), and what the audit keeps of one. */
    public interface CatalogKind<T, V> {
        /** The kind's name in codes and the audit: {@code image-style}. */
        String name();

        /** @throws io.blogflow.shared.domain.ValidationException with every invalid field */
        T build(UUID id, V values, long version);

        long version(T entry);

        Map<String, Object> snapshot(T entry);
    }

    private final CatalogKind<T, V> kind;
    private final CatalogRepository<T> entries;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public ImageCatalogService(CatalogKind<T, V> kind, CatalogRepository<T> entries, Transactions transactions,
                               IdGenerator ids, AuditTrail audit) {
        this.kind = kind;
        this.entries = entries;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public Page<T> list(PageRequest page) {
        return entries.list(page);
    }

    @Override
    public T get(UUID id) {
        return entries.find(id).orElseThrow(() -> new NotFoundException(kind.name(), id.toString()));
    }

    @Override
    public T create(UserId admin, V values) {
        UUID id = ids.newId();
        return transactions.inTransaction(() -> {
            T created = entries.add(kind.build(id, values, 0));
            audit.record(admin, kind.name() + ".created", kind.name(), id, null, kind.snapshot(created));
            return created;
        });
    }

    @Override
    public T update(UserId admin, UUID id, long expectedVersion, V values) {
        return transactions.inTransaction(() -> {
            T current = current(id, expectedVersion);
            T saved = entries.update(kind.build(id, values, expectedVersion));
            audit.record(admin, kind.name() + ".updated", kind.name(), id, kind.snapshot(current),
                    kind.snapshot(saved));
            return saved;
        });
    }

    @Override
    public void delete(UserId admin, UUID id, long expectedVersion) {
        transactions.inTransaction(() -> {
            T doomed = current(id, expectedVersion);
            entries.remove(id);
            audit.record(admin, kind.name() + ".deleted", kind.name(), id, kind.snapshot(doomed), null);
            return null;
        });
    }

    private T current(UUID id, long expectedVersion) {
        T current = get(id);
        if (kind.version(current) != expectedVersion) {
            throw new StaleVersionException(kind.name(), kind.version(current));
        }
        return current;
    }
}
