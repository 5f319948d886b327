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
 * transaction open across a provider call.
 */
public final class GenerateTextService implements GenerateTextUseCase {

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
        usage.authorize(request.actor(), request.model());
        List<Interaction> attempts = new ArrayList<>();
        List<ModelId> models = Stream.of(request.model(), request.fallbackModel())
                .filter(java.util.Objects::nonNull).distinct().toList();
        for (ModelId model : models) {
            if (tryModel(request, model, model != request.model(), attempts, listener)) {
                break;
            }
        }
        return new Generation(attempts);
    }

    /** Attempts one model until it answers or is given up; true when it answered. */
    private boolean tryModel(GenerationRequest request, ModelId modelId, boolean fallback, List<Interaction> attempts,
                             GenerationListener listener) {
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
                Interaction done = save(log.succeeded(attempt, target, answer, started));
                attempts.add(done);
                usage.record(request.actor(), modelId, target.model().name(), orZero(done.inputTokens()),
                        orZero(done.outputTokens()), done.cost());
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

    private Interaction save(Interaction interaction) {
        transactions.inTransaction(() -> interactions.add(interaction));
        return interaction;
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
