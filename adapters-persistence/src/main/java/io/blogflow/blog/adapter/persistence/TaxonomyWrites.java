package io.blogflow.blog.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes a category or cluster write at once, so a duplicate name or slug or a concurrent change surfaces as the
 * domain's conflict or stale-version error inside the use case's transaction.
 */
final class TaxonomyWrites {

    private TaxonomyWrites() {
    }

    /** {@code table} is both the resource name in errors and the prefix of the unique constraints. */
    static void flushing(EntityManager em, String resource, String table, Runnable write) {
        try {
            write.run();
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(resource);
        } catch (PersistenceException e) {
            if (isViolationOf(e, "uq_" + table + "_name")) {
                throw new ConflictException(resource + ".name-taken", "Another " + resource.replace('-', ' ')
                        + " has this name.");
            }
            if (isViolationOf(e, "uq_" + table + "_slug")) {
                throw new ConflictException(resource + ".slug-taken", "Another " + resource.replace('-', ' ')
                        + " has this slug.");
            }
            throw e;
        }
    }
}
