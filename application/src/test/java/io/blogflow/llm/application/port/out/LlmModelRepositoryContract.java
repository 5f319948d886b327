package io.blogflow.llm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LlmModelRepository} does; an implementation's test gives it and the providers models belong to. */
public abstract class LlmModelRepositoryContract extends RepositoryContract {

    protected abstract LlmModelRepository models();

    /** A provider with no models yet. */
    protected abstract ProviderId aProvider();

    @Test
    void anAddedModelReadsBackEqual() {
        LlmModel model = new LlmModel(new ModelId(UUID.randomUUID()), aProvider(), "gpt-4o-mini", "Small and fast",
                "Cheap", "Shallow", Map.of("temperature", 0.2, "top_p", 0.9), new BigDecimal("0.15"),
                new BigDecimal("0.6"), true, 0);

        LlmModel added = tx(() -> models().add(model));

        assertSame(added, model);
        assertSame(tx(() -> models().findModel(model.id())).orElseThrow(), model);
        assertThat(tx(() -> models().findModel(new ModelId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aNameIsUniquePerProvider() {
        ProviderId provider = aProvider();
        tx(() -> models().add(model(provider, "llama3.1:8b")));

        assertThatThrownBy(() -> tx(() -> models().add(model(provider, "llama3.1:8b"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("llm-model.name-taken"));
        assertThat(tx(() -> models().add(model(aProvider(), "llama3.1:8b"))).name()).isEqualTo("llama3.1:8b");
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        LlmModel added = tx(() -> models().add(model(aProvider(), "versioned")));

        LlmModel updated = tx(() -> models().update(renamed(added, "renamed", 0)));

        assertThat(updated.version()).isEqualTo(1);
        assertSame(tx(() -> models().findModel(added.id())).orElseThrow(), updated);
        assertThatThrownBy(() -> tx(() -> models().update(renamed(added, "lost", 0))))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void aProvidersModelsAreListedByNameCountedAndRemovedTogether() {
        ProviderId provider = aProvider();
        LlmModel b = tx(() -> models().add(model(provider, "b-model")));
        LlmModel a = tx(() -> models().add(model(provider, "a-model")));
        LlmModel elsewhere = tx(() -> models().add(model(aProvider(), "a-model")));

        assertThat(tx(() -> models().modelsOf(provider))).extracting(LlmModel::id).containsExactly(a.id(), b.id());
        assertThat(tx(() -> models().countModelsOf(provider))).isEqualTo(2);
        assertThat(tx(() -> models().removeAllOf(provider))).isEqualTo(2);
        assertThat(tx(() -> models().modelsOf(provider))).isEmpty();
        assertThat(tx(() -> models().findModel(elsewhere.id()))).isPresent();
    }

    @Test
    void aRemovedModelIsGone() {
        LlmModel added = tx(() -> models().add(model(aProvider(), "short-lived")));

        tx(() -> models().remove(added));

        assertThat(tx(() -> models().findModel(added.id()))).isEmpty();
    }

    private static LlmModel model(ProviderId provider, String name) {
        return new LlmModel(new ModelId(UUID.randomUUID()), provider, name, null, null, null, Map.of(),
                BigDecimal.ONE, BigDecimal.TEN, true, 0);
    }

    private static LlmModel renamed(LlmModel m, String name, long version) {
        return new LlmModel(m.id(), m.provider(), name, m.description(), m.strengths(), m.weaknesses(),
                m.defaultParams(), m.inputPricePerMillion(), m.outputPricePerMillion(), !m.enabled(), version);
    }

    /** Equal, with prices compared by value (a database may store more decimal places). */
    private static void assertSame(LlmModel actual, LlmModel expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }
}
