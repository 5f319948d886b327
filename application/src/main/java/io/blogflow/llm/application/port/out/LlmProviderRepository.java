package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.ConflictException;
import java.util.List;
import java.util.Optional;

/**
 * Where providers live. Implementations throw {@code ConflictException} for a duplicate name and
 * {@code StaleVersionException} for a concurrent change.
 */
public interface LlmProviderRepository {

    LlmProvider add(LlmProvider provider);

    LlmProvider update(LlmProvider provider);

    void remove(LlmProvider provider);

    Optional<LlmProvider> findProvider(ProviderId id);

    /** Every provider, by name. */
    List<LlmProvider> allProviders();
}
