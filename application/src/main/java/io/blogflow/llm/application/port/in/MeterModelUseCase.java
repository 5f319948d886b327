package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.domain.UserId;

/**
 * Metered use of the registry's models by calls made outside the llm context (image generation): asked before a
 * call whether it may run, told afterwards what it used. Text generation meters its own calls.
 */
public interface MeterModelUseCase {

    /** @throws io.blogflow.llm.domain.LlmErrors.QuotaExceeded when the actor's quota is used up */
    void authorize(UserId actor, ModelId model);

    /** Records what one call used (token counts the provider reported, {@code null}: none), priced by the model. */
    void record(UserId actor, LlmModel model, Integer inputTokens, Integer outputTokens);
}
