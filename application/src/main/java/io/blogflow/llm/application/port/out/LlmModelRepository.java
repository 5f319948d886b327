package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.ConflictException;
import java.util.List;
import java.util.Optional;

/**
 * Where the models of providers live. Implementations throw {@code ConflictException} for a name the provider
 * already has and {@code StaleVersionException} for a concurrent change.
 */
public interface LlmModelRepository {

    LlmModel add(LlmModel model);

    LlmModel update(LlmModel model);

    void remove(LlmModel model);

    Optional<LlmModel> findModel(ModelId id);

    /** The provider's models, by name. */
    List<LlmModel> modelsOf(ProviderId provider);

    long countModelsOf(ProviderId provider);

    /** Deletes every model of the provider; returns how many. */
    int removeAllOf(ProviderId provider);
}
