package io.blogflow.llm.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes a provider or model write at once, so a duplicate name or a concurrent change surfaces as the domain's
 * conflict or stale-version error inside the use case's transaction.
 */
final class LlmWrites {

    private LlmWrites() {
    }

    static void flushing(EntityManager em, String resource, String uniqueName, Runnable write) {
        try {
            write.run();
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(resource);
        } catch (PersistenceException e) {
            if (isViolationOf(e, uniqueName)) {
                throw new ConflictException(resource + ".name-taken", resource.equals("llm-model")
                        ? "The provider already has a model of this name." : "Another provider has this name.");
            }
            throw e;
        }
    }

    /** Deletes model rows; one an LLM action still uses is refused (the actions' foreign keys restrict it). */
    static <T> T removingModels(EntityManager em, java.util.function.Supplier<T> delete) {
        try {
            T result = delete.get();
            em.flush();
            return result;
        } catch (PersistenceException e) {
            if (isViolationOf(e, "fk_llm_actions_model") || isViolationOf(e, "fk_llm_actions_fallback_model")) {
                throw new ConflictException("llm-model.in-use",
                        "An LLM action uses the model: change or delete the action first.");
            }
            throw e;
        }
    }
}
