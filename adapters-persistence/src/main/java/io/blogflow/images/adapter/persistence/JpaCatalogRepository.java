package io.blogflow.images.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA side every catalogue kind shares: paged lists in a fixed order, version-checked updates, and writes flushed
 * at once so a duplicate title (a unique index) or a delete a setting still refers to (a RESTRICT foreign key)
 * becomes the domain's 409 inside the use case's transaction. A subclass maps its row.
 */
abstract class JpaCatalogRepository<E, T> implements CatalogRepository<T> {

    private final EntityManager em;
    private final Class<E> rowType;
    private final String kind;
    private final String orderBy;
    private final String uniqueIndex;
    private final List<String> restrictingKeys;

    JpaCatalogRepository(EntityManager em, Class<E> rowType, String kind, String orderBy, String uniqueIndex,
                         List<String> restrictingKeys) {
        this.em = em;
        this.rowType = rowType;
        this.kind = kind;
        this.orderBy = orderBy;
        this.uniqueIndex = uniqueIndex;
        this.restrictingKeys = restrictingKeys;
    }

    abstract E newRow(UUID id);

    abstract void copy(T entry, E row);

    abstract T toDomain(E row);

    abstract UUID idOf(T entry);

    abstract long versionOf(T entry);

    abstract long versionOfRow(E row);

    @Override
    public Page<T> list(PageRequest page) {
        String entity = rowType.getSimpleName();
        List<T> items = em.createQuery("FROM " + entity + " ORDER BY " + orderBy, rowType)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultStream()
                .map(this::toDomain).toList();
        long total = em.createQuery("SELECT count(*) FROM " + entity, Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public Optional<T> find(UUID id) {
        return Optional.ofNullable(em.find(rowType, id)).map(this::toDomain);
    }

    @Override
    public T add(T entry) {
        E row = newRow(idOf(entry));
        copy(entry, row);
        flushing(() -> em.persist(row));
        return toDomain(row);
    }

    @Override
    public T update(T entry) {
        E row = Optional.ofNullable(em.find(rowType, idOf(entry))).orElseThrow(() -> new StaleVersionException(kind));
        if (versionOfRow(row) != versionOf(entry)) {
            throw new StaleVersionException(kind, versionOfRow(row));
        }
        flushing(() -> copy(entry, row));
        return toDomain(row);
    }

    @Override
    public void remove(UUID id) {
        flushing(() -> Optional.ofNullable(em.find(rowType, id)).ifPresent(em::remove));
    }

    private void flushing(Runnable write) {
        try {
            write.run();
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(kind);
        } catch (PersistenceException e) {
            if (isViolationOf(e, uniqueIndex)) {
                throw new ConflictException(kind + ".title-taken", "Another " + kind.replace('-', ' ')
                        + " has this title (ignoring case).");
            }
            if (restrictingKeys.stream().anyMatch(key -> isViolationOf(e, key))) {
                throw new ConflictException(kind + ".in-use",
                        "An image setting uses it: change or delete the setting first.");
            }
            throw e;
        }
    }
}
