package io.blogflow.llm.bootstrap;

import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;

/**
 * Generations not metered by billing (BLOGFLOW_LLM_METERED=false): nothing is reserved or refused, what each model
 * used is only counted in the metrics. bench/billing.sh runs an instance with it beside a metered one: the difference
 * between their runs is what metering costs.
 */
final class UnlimitedUsageMeter implements UsageMeter {

    private final ModelUsageMetrics metrics;

    UnlimitedUsageMeter(ModelUsageMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public MeteredGeneration reserve(UserId actor, String reference, Estimate estimate) {
        return new MeteredGeneration() {
            @Override
            public void commit(String modelName, long inputTokens, long outputTokens, BigDecimal cost) {
                metrics.count(modelName, inputTokens, outputTokens, cost);
            }

            @Override
            public void release() {
                // nothing was held
            }
        };
    }
}
