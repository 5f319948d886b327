package io.blogflow.llm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.InteractionStatus;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ModelUsage;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import java.math.BigDecimal;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InteractionRepository} does. The log may be shared with other tests, so each test logs in a
 * window of time far in the future that no other test uses.
 */
public abstract class InteractionRepositoryContract extends RepositoryContract {

    protected abstract InteractionRepository interactions();

    private Instant window;

    @BeforeEach
    void aWindowOfItsOwn() {
        window = Instant.parse("2200-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextLong(1, 100_000_000), ChronoUnit.MINUTES);
    }

    @Test
    void aTracesAttemptsReadBackEqualInOrder() {
        UUID trace = UUID.randomUUID();
        ModelId model = new ModelId(UUID.randomUUID());
        Interaction second = failed(trace, 2, model, "timeout", 3);
        Interaction first = succeeded(trace, 1, model, "0.00042", 1);

        tx(() -> {
            interactions().add(second);
            interactions().add(first);
        });

        assertThat(tx(() -> interactions().ofTrace(trace))).usingRecursiveFieldByFieldElementComparator(
                RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(first, second);
        assertThat(tx(() -> interactions().ofTrace(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void theLogIsFilteredByTimeModelAndStatusNewestFirst() {
        ModelId model = new ModelId(UUID.randomUUID());
        ModelId other = new ModelId(UUID.randomUUID());
        Interaction early = succeeded(UUID.randomUUID(), 1, model, "0.001", 0);
        Interaction late = failed(UUID.randomUUID(), 1, model, "rate-limited", 10);
        Interaction otherModel = succeeded(UUID.randomUUID(), 1, other, "0.001", 5);
        Interaction outside = succeeded(UUID.randomUUID(), 1, model, "0.001", 60);
        tx(() -> List.of(early, late, otherModel, outside).forEach(interactions()::add));
        Instant to = window.plusSeconds(60);

        var all = tx(() -> interactions().find(new InteractionRepository.Filter(window, to, null, null),
                new PageRequest(1, 10)));
        var ofModel = tx(() -> interactions().find(new InteractionRepository.Filter(window, to, model, null),
                new PageRequest(1, 10)));
        var failures = tx(() -> interactions().find(new InteractionRepository.Filter(window, to, null,
                InteractionStatus.FAILED), new PageRequest(1, 10)));
        var firstPage = tx(() -> interactions().find(new InteractionRepository.Filter(window, to, null, null),
                new PageRequest(1, 2)));

        assertThat(all.items()).extracting(Interaction::id).containsExactly(late.id(), otherModel.id(), early.id());
        assertThat(ofModel.items()).extracting(Interaction::id).containsExactly(late.id(), early.id());
        assertThat(failures.items()).extracting(Interaction::id).containsExactly(late.id());
        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.total()).isEqualTo(3);
    }

    @Test
    void usageSumsEachModelsCallsMostExpensiveFirst() {
        ModelId cheap = new ModelId(UUID.randomUUID());
        ModelId dear = new ModelId(UUID.randomUUID());
        tx(() -> {
            interactions().add(succeeded(UUID.randomUUID(), 1, cheap, "0.001", 0));
            interactions().add(succeeded(UUID.randomUUID(), 1, dear, "0.5", 1));
            interactions().add(failed(UUID.randomUUID(), 1, dear, "timeout", 2));
            // A call the circuit breaker skipped reached no provider: it counts, its latency does not.
            interactions().add(failed(UUID.randomUUID(), 2, dear, "circuit-open", 3));
        });

        List<ModelUsage> usage = tx(() -> interactions().usage(window, window.plusSeconds(60)));

        assertThat(usage).extracting(ModelUsage::model).containsExactly(dear, cheap);
        ModelUsage top = usage.get(0);
        assertThat(top.calls()).isEqualTo(3);
        assertThat(top.failures()).isEqualTo(2);
        assertThat(top.inputTokens()).isEqualTo(100);
        assertThat(top.outputTokens()).isEqualTo(20);
        assertThat(top.cost()).isEqualByComparingTo("0.5");
        assertThat(top.meanLatencyMillis()).isEqualTo(1500);
        assertThat(top.modelName()).isEqualTo("model-" + dear.value());
        assertThat(top.providerName()).isEqualTo("Provider");
    }

    /** A successful call at {@code window + seconds}, 100 tokens in, 20 out, 1000 ms. */
    private Interaction succeeded(UUID trace, int attempt, ModelId model, String cost, int seconds) {
        return new Interaction(UUID.randomUUID(), trace, attempt, false, "titles", 2,
                new ProviderId(UUID.randomUUID()), "Provider", model, "model-" + model.value(), "Be brief.",
                "Suggest a title", 0.3, 200, 60_000, false, InteractionStatus.SUCCEEDED, "A title", 100, 20,
                new BigDecimal(cost), 1000, 250L, "stop", null, null, null, null, window.plusSeconds(seconds));
    }

    /** A failed call at {@code window + seconds}, no tokens, 2000 ms. */
    private Interaction failed(UUID trace, int attempt, ModelId model, String errorType, int seconds) {
        return new Interaction(UUID.randomUUID(), trace, attempt, attempt > 1, "titles", 2,
                new ProviderId(UUID.randomUUID()), "Provider", model, "model-" + model.value(), null,
                "Suggest a title", null, null, 60_000, true, InteractionStatus.FAILED, null, null, null,
                BigDecimal.ZERO, 2000, null, null, errorType, "provider." + errorType, 504, "It failed",
                window.plusSeconds(seconds));
    }
}
