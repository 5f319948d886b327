package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.LlmModelsUseCase;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class LlmModelsService implements LlmModelsUseCase {

    private final LlmProviderRepository providers;
    private final LlmModelRepository models;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public LlmModelsService(LlmProviderRepository providers, LlmModelRepository models, Transactions transactions,
                            IdGenerator ids, AuditTrail audit) {
        this.providers = providers;
        this.models = models;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public List<LlmModel> list(ProviderId provider) {
        requireProvider(provider);
        return models.modelsOf(provider);
    }

    @Override
    public LlmModel get(ProviderId provider, ModelId id) {
        requireProvider(provider);
        return models.findModel(id).filter(model -> model.provider().equals(provider))
                .orElseThrow(() -> new NotFoundException("llm-model", id.toString()));
    }

    @Override
    public LlmModel create(UserId admin, ProviderId provider, ModelValues values) {
        return transactions.inTransaction(() -> {
            requireProvider(provider);
            LlmModel created = models.add(valid(new ModelId(ids.newId()), provider, values, 0));
            audit.record(admin, "llm-model.created", "llm-model", created.id(), null, snapshot(created));
            return created;
        });
    }

    @Override
    public LlmModel update(UserId admin, ProviderId provider, ModelId id, long expectedVersion, ModelValues values) {
        return transactions.inTransaction(() -> {
            LlmModel current = current(provider, id, expectedVersion);
            LlmModel saved = models.update(valid(id, provider, values, current.version()));
            audit.record(admin, "llm-model.updated", "llm-model", id, snapshot(current), snapshot(saved));
            return saved;
        });
    }

    @Override
    public void delete(UserId admin, ProviderId provider, ModelId id, long expectedVersion) {
        transactions.inTransaction(() -> {
            LlmModel doomed = current(provider, id, expectedVersion);
            models.remove(doomed);
            audit.record(admin, "llm-model.deleted", "llm-model", id, snapshot(doomed), null);
            return null;
        });
    }

    private void requireProvider(ProviderId provider) {
        if (providers.findProvider(provider).isEmpty()) {
            throw new NotFoundException("llm-provider", provider.toString());
        }
    }

    private LlmModel current(ProviderId provider, ModelId id, long expectedVersion) {
        LlmModel current = get(provider, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("llm-model", current.version());
        }
        return current;
    }

    private static LlmModel valid(ModelId id, ProviderId provider, ModelValues values, long version) {
        var validation = new Validation();
        String name = validation.field("name", () -> LlmModel.validName(values.name()));
        String description = validation.field("description", () -> LlmModel.text("description", values.description()));
        String strengths = validation.field("strengths", () -> LlmModel.text("strengths", values.strengths()));
        String weaknesses = validation.field("weaknesses", () -> LlmModel.text("weaknesses", values.weaknesses()));
        Map<String, Object> params = validation.field("defaultParams", () -> LlmModel.params(values.defaultParams()));
        BigDecimal input = validation.field("inputPricePerMillion",
                () -> LlmModel.price("inputPricePerMillion", values.inputPricePerMillion()));
        BigDecimal output = validation.field("outputPricePerMillion",
                () -> LlmModel.price("outputPricePerMillion", values.outputPricePerMillion()));
        validation.throwIfInvalid();
        return new LlmModel(id, provider, name, description, strengths, weaknesses, params, input, output,
                values.enabled() == null || values.enabled(), version);
    }

    private static Map<String, Object> snapshot(LlmModel model) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("providerId", model.provider().toString());
        snapshot.put("name", model.name());
        snapshot.put("inputPricePerMillion", model.inputPricePerMillion().toPlainString());
        snapshot.put("outputPricePerMillion", model.outputPricePerMillion().toPlainString());
        snapshot.put("defaultParams", model.defaultParams());
        snapshot.put("enabled", model.enabled());
        return snapshot;
    }
}
