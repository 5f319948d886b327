package io.blogflow.llm.bootstrap;

import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.billing.domain.Metric;
import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.shared.domain.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Generations metered by billing: one AI run, the tokens and their cost (in micro-units, rounded up) reserved before
 * the call and committed after it. What each model used also goes to the metrics
 * ({@code blogflow_llm_tokens_total{model,direction}}, {@code blogflow_llm_cost_total{model}}), and what metering adds
 * to a run (reservation plus commit or release) to {@code blogflow_billing_metering_seconds}.
 */
final class BillingUsageMeter implements UsageMeter {

    private final ReserveUsageUseCase usage;
    private final ModelUsageMetrics models;
    private final Timer metering;

    BillingUsageMeter(ReserveUsageUseCase usage, ModelUsageMetrics models, MeterRegistry metrics) {
        this.usage = usage;
        this.models = models;
        this.metering = Timer.builder("blogflow.billing.metering")
                .description("What billing adds to a generation: its reservation plus its commit or release")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    @Override
    public MeteredGeneration reserve(UserId actor, String reference, Estimate estimate) {
        long started = System.nanoTime();
        ReserveUsageUseCase.Reservation reservation = usage.reserve(actor, reference, "run", Map.of(
                Metric.AI_RUNS, 1L, Metric.LLM_TOKENS, estimate.tokens(), Metric.LLM_COST, micros(estimate.cost())));
        long reserving = System.nanoTime() - started;
        return new MeteredGeneration() {
            @Override
            public void commit(String modelName, long inputTokens, long outputTokens, BigDecimal cost) {
                long committing = System.nanoTime();
                usage.commit(reservation, Map.of(Metric.AI_RUNS, 1L, Metric.LLM_TOKENS, inputTokens + outputTokens,
                        Metric.LLM_COST, micros(cost)));
                metering.record(reserving + System.nanoTime() - committing, TimeUnit.NANOSECONDS);
                models.count(modelName, inputTokens, outputTokens, cost);
            }

            @Override
            public void release() {
                long releasing = System.nanoTime();
                usage.release(reservation);
                metering.record(reserving + System.nanoTime() - releasing, TimeUnit.NANOSECONDS);
            }
        };
    }

    /** Millionths of the currency, rounded up: a fraction of a micro-unit is still spent. */
    static long micros(BigDecimal amount) {
        return amount == null ? 0 : amount.movePointRight(6).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
