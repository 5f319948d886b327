package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.MeterModelUseCase;
import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.domain.UserId;

/** The usage meter, for calls other contexts make to the registry's models. */
public final class MeterModelService implements MeterModelUseCase {

    private final UsageMeter usage;

    public MeterModelService(UsageMeter usage) {
        this.usage = usage;
    }

    @Override
    public void authorize(UserId actor, ModelId model) {
        usage.authorize(actor, model);
    }

    @Override
    public void record(UserId actor, LlmModel model, Integer inputTokens, Integer outputTokens) {
        usage.record(actor, model.id(), model.name(), orZero(inputTokens), orZero(outputTokens),
                model.cost(inputTokens, outputTokens));
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
