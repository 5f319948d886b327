package io.blogflow.llm.bootstrap;

import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.llm.adapter.resilience.InMemoryCircuitBreakers;
import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.application.port.out.Pauses;
import io.blogflow.llm.application.port.out.ProviderCircuitBreakers;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.llm.application.service.GenerateTextService;
import io.blogflow.llm.application.service.InteractionLogService;
import io.blogflow.llm.application.service.ModelTargets;
import io.blogflow.llm.application.service.RetryPolicy;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/** Builds generation (retries, fallback, circuit breakers, usage metering, the interaction log) from configuration. */
@Singleton
public class GenerationProducers {

    private static final Logger LOG = Logger.getLogger(GenerationProducers.class);

    /**
     * Generations reserve and record their usage with billing, which enforces the account's plan; with
     * blogflow.llm.metered=false (BLOGFLOW_LLM_METERED) they are only counted in the metrics.
     */
    @Produces
    @Singleton
    UsageMeter usageMeter(ReserveUsageUseCase usage, MeterRegistry metrics, BlogflowConfig config) {
        ModelUsageMetrics models = new ModelUsageMetrics(metrics);
        if (!config.llm().metered()) {
            LOG.warn("BLOGFLOW_LLM_METERED=false: LLM runs are not metered by billing (no quota, no ledger)");
            return new UnlimitedUsageMeter(models);
        }
        return new BillingUsageMeter(usage, models, metrics);
    }

    @Produces
    @Singleton
    Pauses pauses() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to retry", e);
            }
        };
    }

    @Produces
    @Singleton
    ProviderCircuitBreakers circuitBreakers(BlogflowConfig config) {
        return new InMemoryCircuitBreakers(config.llm().circuitFailureThreshold(), config.llm().circuitOpenFor());
    }

    /** Where models are served: text generation uses it, image generation through its use case. */
    @Produces
    @Singleton
    ModelTargets modelTargets(LlmModelRepository models, LlmProviderRepository providers, SecretCipher cipher) {
        return new ModelTargets(models, providers, cipher);
    }

    @Produces
    @Singleton
    GenerateTextUseCase generateText(ModelTargets targets, LlmGateway gateway, ProviderCircuitBreakers breakers,
                                     BlogflowConfig config, Pauses pauses, UsageMeter usage,
                                     InteractionRepository interactions, Transactions transactions, IdGenerator ids,
                                     Clock clock) {
        BlogflowConfig.Llm llm = config.llm();
        var retries = new RetryPolicy(llm.maxAttempts(), llm.backoffInitial(), llm.backoffMax(), llm.retryAfterMax(),
                () -> ThreadLocalRandom.current().nextDouble());
        return new GenerateTextService(targets, gateway, breakers, retries, pauses, usage, interactions, transactions,
                ids, clock);
    }

    @Produces
    @Singleton
    InteractionLogUseCase interactionLog(InteractionRepository interactions, Transactions transactions, Clock clock) {
        return new InteractionLogService(interactions, transactions, clock);
    }
}
