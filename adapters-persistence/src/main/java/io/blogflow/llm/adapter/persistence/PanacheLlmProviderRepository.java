package io.blogflow.llm.adapter.persistence;

import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.SealedSecret;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheLlmProviderRepository
        implements LlmProviderRepository, PanacheRepositoryBase<LlmProviderJpaEntity, UUID> {

    private static final String UNIQUE_NAME = "uq_llm_providers_name";

    @Override
    public LlmProvider add(LlmProvider provider) {
        var row = new LlmProviderJpaEntity();
        row.id = provider.id().value();
        copy(provider, row);
        LlmWrites.flushing(getEntityManager(), "llm-provider", UNIQUE_NAME, () -> persist(row));
        return toDomain(row);
    }

    @Override
    public LlmProvider update(LlmProvider provider) {
        LlmProviderJpaEntity row = findByIdOptional(provider.id().value())
                .orElseThrow(() -> new StaleVersionException("llm-provider"));
        if (row.version != provider.version()) {
            throw new StaleVersionException("llm-provider", row.version);
        }
        LlmWrites.flushing(getEntityManager(), "llm-provider", UNIQUE_NAME, () -> copy(provider, row));
        return toDomain(row);
    }

    @Override
    public void remove(LlmProvider provider) {
        deleteById(provider.id().value());
        flush();
    }

    @Override
    public Optional<LlmProvider> findProvider(ProviderId id) {
        return findByIdOptional(id.value()).map(PanacheLlmProviderRepository::toDomain);
    }

    @Override
    public List<LlmProvider> allProviders() {
        return listAll(Sort.ascending("name")).stream().map(PanacheLlmProviderRepository::toDomain).toList();
    }

    private static void copy(LlmProvider provider, LlmProviderJpaEntity row) {
        row.name = provider.name();
        row.type = provider.type().code();
        row.baseUrl = provider.baseUrl().value();
        row.authTokenSealed = provider.authToken() == null ? null : provider.authToken().bytes();
        row.connectTimeoutMs = Math.toIntExact(provider.connectTimeout().toMillis());
        row.readTimeoutMs = Math.toIntExact(provider.readTimeout().toMillis());
        row.enabled = provider.enabled();
    }

    private static LlmProvider toDomain(LlmProviderJpaEntity row) {
        return new LlmProvider(new ProviderId(row.id), row.name, new ProviderType(row.type),
                new ProviderUrl(row.baseUrl), row.authTokenSealed == null ? null : new SealedSecret(row.authTokenSealed),
                Duration.ofMillis(row.connectTimeoutMs), Duration.ofMillis(row.readTimeoutMs), row.enabled, row.version);
    }
}
