package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.blog.application.port.out.RedirectRepository;
import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectErrors;
import io.blogflow.blog.domain.RedirectId;
import io.blogflow.blog.domain.RedirectStatus;
import io.blogflow.blog.domain.RedirectTarget;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Manual redirects in PostgreSQL. Every write flushes at once: the one-hop trigger checks rows in the order the
 * service writes them, and constraint or version failures surface here as domain errors.
 */
@ApplicationScoped
public class PanacheRedirectRepository implements RedirectRepository, PanacheRepositoryBase<RedirectJpaEntity, UUID> {

    private static final String UNIQUE_FROM_PATH = "uq_redirects_from_path";
    /** The trigger that refuses chains; only a concurrent writer can get past the service's checks to it. */
    private static final String ONE_HOP = "ck_redirects_one_hop";

    @Override
    public Redirect add(Redirect redirect) {
        var row = new RedirectJpaEntity();
        row.id = redirect.id().value();
        row.createdAt = redirect.createdAt();
        copy(redirect, row);
        flushing(redirect, () -> persist(row));
        return toDomain(row);
    }

    @Override
    public Redirect update(Redirect redirect) {
        RedirectJpaEntity row = managedRow(redirect);
        flushing(redirect, () -> copy(redirect, row));
        return toDomain(row);
    }

    @Override
    public void remove(Redirect redirect) {
        RedirectJpaEntity row = managedRow(redirect);
        flushing(redirect, () -> delete(row));
    }

    @Override
    public Optional<Redirect> byId(RedirectId id) {
        return findByIdOptional(id.value()).map(PanacheRedirectRepository::toDomain);
    }

    @Override
    public Optional<Redirect> byFromPath(SitePath from) {
        return find("fromPath", from.value()).firstResultOptional().map(PanacheRedirectRepository::toDomain);
    }

    @Override
    public List<Redirect> leadingTo(RedirectTarget target) {
        return list("target", target.value()).stream().map(PanacheRedirectRepository::toDomain).toList();
    }

    @Override
    public Page<Redirect> findPage(PageRequest request) {
        var query = findAll(Sort.ascending("fromPath"));
        query.page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size()));
        return new Page<>(query.list().stream().map(PanacheRedirectRepository::toDomain).toList(), request.page(),
                request.size(), query.count());
    }

    private RedirectJpaEntity managedRow(Redirect redirect) {
        RedirectJpaEntity row = findByIdOptional(redirect.id().value())
                .orElseThrow(() -> new RedirectErrors.NotFound(redirect.id().toString()));
        if (row.version != redirect.version()) {
            throw new StaleVersionException("redirect", row.version);
        }
        return row;
    }

    private void flushing(Redirect redirect, Runnable write) {
        try {
            write.run();
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("redirect");
        } catch (PersistenceException e) {
            if (isViolationOf(e, UNIQUE_FROM_PATH)) {
                throw new RedirectErrors.PathTaken(redirect.from());
            }
            if (isViolationOf(e, ONE_HOP)) {
                throw new RedirectErrors.ChangedConcurrently(redirect.from());
            }
            throw e;
        }
    }

    private static void copy(Redirect redirect, RedirectJpaEntity row) {
        row.fromPath = redirect.from().value();
        row.target = redirect.to().value();
        row.status = (short) redirect.status().code();
        row.updatedAt = redirect.updatedAt();
    }

    private static Redirect toDomain(RedirectJpaEntity row) {
        return Redirect.rehydrate(new RedirectId(row.id), new SitePath(row.fromPath), new RedirectTarget(row.target),
                RedirectStatus.of((int) row.status), row.version, row.createdAt, row.updatedAt);
    }
}
