package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.ResolveModelUseCase.ModelTarget;
import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.Generation;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.application.port.out.Pauses;
import io.blogflow.llm.application.port.out.ProviderCircuitBreakers;
import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a generation over the primary model and then, if it failed for good, the fallback model. Each attempt is
 * logged in its own transaction as soon as it ends, so the log survives whatever happens next; nothing here holds a
 * transaction open across a provider call. Metering joins transactions that are there anyway: the reservation the one
 * that reads the models for the estimate, the commit the one that logs the successful attempt.
 */
public final class GenerateTextService implements GenerateTextUseCase {

    /** Output reserved for a generation that sets no maximum: a long article's worth. */
    static final long OUTPUT_TOKENS_WITHOUT_MAXIMUM = 4096;

    private final ModelTargets targets;
    private final LlmGateway gateway;
    private final ProviderCircuitBreakers breakers;
    private final RetryPolicy retries;
    private final Pauses pauses;
    private final UsageMeter usage;
    private final InteractionRepository interactions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public GenerateTextService(ModelTargets targets, LlmGateway gateway, ProviderCircuitBreakers breakers,
                               RetryPolicy retries, Pauses pauses, UsageMeter usage,
                               InteractionRepository interactions, Transactions transactions, IdGenerator ids,
                               Clock clock) {
        this.targets = targets;
        this.gateway = gateway;
        this.breakers = breakers;
        this.retries = retries;
        this.pauses = pauses;
        this.usage = usage;
        this.interactions = interactions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Generation generate(GenerationRequest request, GenerationListener listener) {
        List<ModelId> models = Stream.of(request.model(), request.fallbackModel())
                .filter(java.util.Objects::nonNull).distinct().toList();
        // Before any provider call: hold the most this generation may use, or be refused. The reservation rides the
        // transaction that reads the models' prices for the estimate: no transaction of its own.
        UsageMeter.MeteredGeneration metered = transactions.inTransaction(() -> usage.reserve(request.actor(),
                "run:" + request.traceId(), estimate(request, models)));
        List<Interaction> attempts = new ArrayList<>();
        try {
            for (ModelId model : models) {
                if (tryModel(request, model, model != request.model(), attempts, listener, metered)) {
                    return new Generation(attempts);
                }
            }
        } catch (RuntimeException broken) {
            metered.release();
            throw broken;
        }
        metered.release();
        return new Generation(attempts);
    }

    /**
     * The most a generation can use: its input (a token is at least one character, so the characters bound it) and
     * its maximum output (or {@link #OUTPUT_TOKENS_WITHOUT_MAXIMUM}), priced at the dearest of its models.
     */
    private UsageMeter.Estimate estimate(GenerationRequest request, List<ModelId> models) {
        long input = length(request.systemPrompt()) + length(request.input());
        long output = request.maxTokens() != null ? request.maxTokens() : OUTPUT_TOKENS_WITHOUT_MAXIMUM;
        java.math.BigDecimal cost = java.math.BigDecimal.ZERO;
        for (ModelId model : models) {
            Optional<ModelTarget> target = transactions.inTransaction(() -> targets.resolve(model));
            if (target.isPresent()) {
                cost = cost.max(target.get().model().cost((int) Math.min(input, Integer.MAX_VALUE),
                        (int) Math.min(output, Integer.MAX_VALUE)));
            }
        }
        return new UsageMeter.Estimate(input + output, cost);
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }

    /** Attempts one model until it answers or is given up; true when it answered. */
    private boolean tryModel(GenerationRequest request, ModelId modelId, boolean fallback, List<Interaction> attempts,
                             GenerationListener listener, UsageMeter.MeteredGeneration metered) {
        InteractionLog log = new InteractionLog(request, fallback, ids, clock);
        Optional<ModelTarget> resolved = transactions.inTransaction(() -> targets.resolve(modelId));
        if (resolved.isEmpty()) {
            attempts.add(save(log.unavailable(attempts.size() + 1, modelId)));
            return false;
        }
        ModelTarget target = resolved.get();
        for (int tries = 1; ; tries++) {
            int attempt = attempts.size() + 1;
            if (!breakers.allowsCall(target.provider().id(), clock.instant())) {
                attempts.add(save(log.circuitOpen(attempt, target)));
                return false;
            }
            listener.attemptStarted(attempt, target.model().name());
            var started = clock.instant();
            try {
                var call = targets.call(target, request);
                LlmAnswer answer = request.stream() ? gateway.stream(call, listener::token) : gateway.complete(call);
                breakers.answered(target.provider().id());
                attempts.add(log.succeeded(attempt, target, answer, started));
                settle(attempts, metered);
                return true;
            } catch (ProviderCallFailure failure) {
                // Only failures that say the provider is unwell count against it; a refusal (401, 404, 400) is an answer.
                if (failure.kind().retryable()) {
                    breakers.failed(target.provider().id(), clock.instant());
                } else {
                    breakers.answered(target.provider().id());
                }
                attempts.add(save(log.failed(attempt, target, failure, started)));
                Optional<java.time.Duration> wait = retries.retryAfter(tries, failure);
                if (wait.isEmpty()) {
                    return false;
                }
                pauses.pause(wait.get());
            }
        }
    }

    /**
     * The successful attempt is logged and the generation's usage committed (all its attempts) in one transaction:
     * both or neither, and metering adds no transaction of its own.
     */
    private void settle(List<Interaction> attempts, UsageMeter.MeteredGeneration metered) {
        Generation generation = new Generation(attempts);
        transactions.inTransaction(() -> {
            interactions.add(generation.last());
            metered.commit(generation.last().modelName(), generation.inputTokens(), generation.outputTokens(),
                    generation.cost());
            return null;
        });
    }

    private Interaction save(Interaction interaction) {
        transactions.inTransaction(() -> interactions.add(interaction));
        return interaction;
    }

}
