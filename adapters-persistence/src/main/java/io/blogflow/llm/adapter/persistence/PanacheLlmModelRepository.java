package io.blogflow.llm.adapter.persistence;

import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheLlmModelRepository implements LlmModelRepository, PanacheRepositoryBase<LlmModelJpaEntity, UUID> {

    private static final String UNIQUE_NAME = "uq_llm_models_provider_name";

    @Override
    public LlmModel add(LlmModel model) {
        var row = new LlmModelJpaEntity();
        row.id = model.id().value();
        row.providerId = model.provider().value();
        copy(model, row);
        LlmWrites.flushing(getEntityManager(), "llm-model", UNIQUE_NAME, () -> persist(row));
        return toDomain(row);
    }

    @Override
    public LlmModel update(LlmModel model) {
        LlmModelJpaEntity row = findByIdOptional(model.id().value())
                .orElseThrow(() -> new StaleVersionException("llm-model"));
        if (row.version != model.version()) {
            throw new StaleVersionException("llm-model", row.version);
        }
        LlmWrites.flushing(getEntityManager(), "llm-model", UNIQUE_NAME, () -> copy(model, row));
        return toDomain(row);
    }

    @Override
    public void remove(LlmModel model) {
        LlmWrites.removingModels(getEntityManager(), () -> deleteById(model.id().value()));
    }

    @Override
    public Optional<LlmModel> findModel(ModelId id) {
        return findByIdOptional(id.value()).map(PanacheLlmModelRepository::toDomain);
    }

    @Override
    public List<LlmModel> modelsOf(ProviderId provider) {
        return list("providerId", Sort.ascending("name"), provider.value()).stream()
                .map(PanacheLlmModelRepository::toDomain).toList();
    }

    @Override
    public long countModelsOf(ProviderId provider) {
        return count("providerId", provider.value());
    }

    @Override
    public int removeAllOf(ProviderId provider) {
        return LlmWrites.removingModels(getEntityManager(), () -> (int) delete("providerId", provider.value()));
    }

    private static void copy(LlmModel model, LlmModelJpaEntity row) {
        row.name = model.name();
        row.description = model.description();
        row.strengths = model.strengths();
        row.weaknesses = model.weaknesses();
        row.defaultParams = new LinkedHashMap<>(model.defaultParams());
        row.inputPricePerMillion = model.inputPricePerMillion();
        row.outputPricePerMillion = model.outputPricePerMillion();
        row.enabled = model.enabled();
    }

    private static LlmModel toDomain(LlmModelJpaEntity row) {
        return new LlmModel(new ModelId(row.id), new ProviderId(row.providerId), row.name, row.description,
                row.strengths, row.weaknesses, row.defaultParams, row.inputPricePerMillion,
                row.outputPricePerMillion, row.enabled, row.version);
    }
}
