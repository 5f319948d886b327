package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ModelId;
import java.util.Optional;

/**
 * Where a model of the registry is served, for contexts that call a provider themselves (image generation): the
 * model with its provider, and that provider's auth token for one call.
 */
public interface ResolveModelUseCase {

    /** The model and its provider, when both exist and are enabled. */
    Optional<ModelTarget> resolve(ModelId id);

    /** The provider's auth token in clear ({@code null}: none), to be used for one call and never kept. */
    String openToken(LlmProvider provider);

    /** A model at the provider that serves it. */
    record ModelTarget(LlmModel model, LlmProvider provider) {
    }
}
