package io.blogflow.llm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.SealedSecret;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LlmProviderRepository} does; an implementation's test gives it and its transactions. */
public abstract class LlmProviderRepositoryContract extends RepositoryContract {

    protected abstract LlmProviderRepository providers();

    @Test
    void anAddedProviderReadsBackEqualWithItsSealedToken() {
        LlmProvider provider = provider(unique("Sealed"), new SealedSecret(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));

        assertThat(tx(() -> providers().add(provider))).isEqualTo(provider);
        assertThat(tx(() -> providers().findProvider(provider.id()))).contains(provider);
        assertThat(tx(() -> providers().findProvider(new ProviderId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aNameInUseIsAConflictWhateverItsCase() {
        LlmProvider first = tx(() -> providers().add(provider(unique("Local"), null)));

        assertThatThrownBy(() -> tx(() -> providers().add(provider(first.name().toUpperCase(), null))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("llm-provider.name-taken"));
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        LlmProvider added = tx(() -> providers().add(provider(unique("Versioned"), null)));

        LlmProvider updated = tx(() -> providers().update(renamed(added, unique("Renamed"), 0)));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(tx(() -> providers().findProvider(added.id()))).contains(updated);
        assertThatThrownBy(() -> tx(() -> providers().update(renamed(added, unique("Lost"), 0))))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void aRemovedProviderIsGoneAndTheOthersAreListedByName() {
        String prefix = unique("Listed");
        LlmProvider b = tx(() -> providers().add(provider(prefix + " b", null)));
        LlmProvider a = tx(() -> providers().add(provider(prefix + " a", null)));
        LlmProvider gone = tx(() -> providers().add(provider(prefix + " c", null)));

        tx(() -> providers().remove(gone));

        var ids = tx(() -> providers().allProviders()).stream().map(LlmProvider::id).toList();
        assertThat(ids).doesNotContain(gone.id());
        assertThat(ids.indexOf(a.id())).isNotNegative().isLessThan(ids.indexOf(b.id()));
    }

    private static LlmProvider provider(String name, SealedSecret token) {
        return new LlmProvider(new ProviderId(UUID.randomUUID()), name, new ProviderType("openai"),
                new ProviderUrl("https://llm.example.com/v1"), token, Duration.ofSeconds(5), Duration.ofSeconds(90),
                true, 0);
    }

    private static LlmProvider renamed(LlmProvider p, String name, long version) {
        return new LlmProvider(p.id(), name, p.type(), p.baseUrl(), p.authToken(), p.connectTimeout(),
                p.readTimeout(), !p.enabled(), version);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
