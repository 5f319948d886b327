package io.blogflow.llm.bootstrap;

import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.domain.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;

/**
 * The usage meter until billing exists: every generation may run, and what each used is counted in the metrics
 * ({@code blogflow_llm_tokens_total{model,direction}}, {@code blogflow_llm_cost_total{model}}) so spend is visible
 * before it is limited.
 */
final class UnlimitedUsageMeter implements UsageMeter {

    private final MeterRegistry metrics;

    UnlimitedUsageMeter(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void authorize(UserId actor, ModelId model) {
        // unlimited: nothing to refuse
    }

    @Override
    public void record(UserId actor, ModelId model, String modelName, int inputTokens, int outputTokens,
                       BigDecimal cost) {
        metrics.counter("blogflow.llm.tokens", "model", modelName, "direction", "input").increment(inputTokens);
        metrics.counter("blogflow.llm.tokens", "model", modelName, "direction", "output").increment(outputTokens);
        metrics.counter("blogflow.llm.cost", "model", modelName).increment(cost.doubleValue());
    }
}
