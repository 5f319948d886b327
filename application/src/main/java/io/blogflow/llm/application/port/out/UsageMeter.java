package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;

/**
 * Metered use of models: asked before a generation whether it may run, told afterwards what each attempt used.
 * Billing implements quotas and plans; until it exists an unlimited meter allows everything.
 */
public interface UsageMeter {

    /** @throws io.blogflow.llm.domain.LlmErrors.QuotaExceeded when the actor's quota is used up */
    void authorize(UserId actor, ModelId model);

    void record(UserId actor, ModelId model, String modelName, int inputTokens, int outputTokens, BigDecimal cost);
}
