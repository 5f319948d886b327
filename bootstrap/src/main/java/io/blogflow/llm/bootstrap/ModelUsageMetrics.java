package io.blogflow.llm.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;

/**
 * What each model used, in the metrics ({@code blogflow_llm_tokens_total{model,direction}},
 * {@code blogflow_llm_cost_total{model}}), whether or not billing meters the generation.
 */
final class ModelUsageMetrics {

    private final MeterRegistry metrics;

    ModelUsageMetrics(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void count(String modelName, long inputTokens, long outputTokens, BigDecimal cost) {
        metrics.counter("blogflow.llm.tokens", "model", modelName, "direction", "input").increment(inputTokens);
        metrics.counter("blogflow.llm.tokens", "model", modelName, "direction", "output").increment(outputTokens);
        metrics.counter("blogflow.llm.cost", "model", modelName).increment(cost.doubleValue());
    }
}
