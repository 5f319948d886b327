package io.blogflow.workflow.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheLlmActionRepository implements LlmActionRepository,
        PanacheRepositoryBase<LlmActionJpaEntity, UUID> {

    @Override
    public LlmAction add(LlmAction action) {
        var row = new LlmActionJpaEntity();
        row.id = action.id().value();
        copy(action, row);
        flushing(() -> persist(row));
        return toDomain(row);
    }

    @Override
    public LlmAction update(LlmAction action) {
        LlmActionJpaEntity row = findByIdOptional(action.id().value()).orElseThrow(() -> new StaleVersionException("action"));
        if (row.version != action.version()) {
            throw new StaleVersionException("action", row.version);
        }
        flushing(() -> copy(action, row));
        return toDomain(row);
    }

    @Override
    public void remove(LlmAction action) {
        deleteById(action.id().value());
        flush();
    }

    @Override
    public Optional<LlmAction> find(ActionId id) {
        return findByIdOptional(id.value()).map(PanacheLlmActionRepository::toDomain);
    }

    @Override
    public Page<LlmAction> list(PageRequest page) {
        var query = findAll(Sort.ascending("name")).page(page.page() - 1, page.size());
        return new Page<>(query.list().stream().map(PanacheLlmActionRepository::toDomain).toList(), page.page(),
                page.size(), query.count());
    }

    @Override
    public long usages(ActionId id) {
        Number count = (Number) getEntityManager().createNativeQuery("SELECT (SELECT count(*) FROM"
                        + " workflow_action_buttons WHERE action_id = :a) + (SELECT count(*) FROM"
                        + " workflow_sub_stage_default_actions WHERE action_id = :a)")
                .setParameter("a", id.value()).getSingleResult();
        return count.longValue();
    }

    /** Flushes at once, so a taken name or an unknown model surfaces inside the use case as the domain's error. */
    private void flushing(Runnable write) {
        try {
            write.run();
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("action");
        } catch (PersistenceException e) {
            if (isViolationOf(e, "uq_llm_actions_name")) {
                throw new ConflictException("action.name-taken", "Another action has this name.");
            }
            if (isViolationOf(e, "fk_llm_actions_model")) {
                throw unknownModel("model");
            }
            if (isViolationOf(e, "fk_llm_actions_fallback_model")) {
                throw unknownModel("fallbackModel");
            }
            throw e;
        }
    }

    private static ValidationException unknownModel(String field) {
        return new ValidationException(List.of(new FieldError(field, "model.unknown",
                field + " must be the id of an LLM model.")));
    }

    private static void copy(LlmAction action, LlmActionJpaEntity row) {
        row.name = action.name();
        row.description = action.description();
        row.promptName = action.prompt().name();
        row.promptLabel = action.prompt().version() == null ? action.prompt().label() : null;
        row.promptVersion = action.prompt().version();
        row.modelId = action.model().value();
        row.fallbackModelId = action.fallbackModel() == null ? null : action.fallbackModel().value();
        row.temperature = action.temperature();
        row.maxTokens = action.maxTokens();
        row.timeoutMs = Math.toIntExact(action.timeout().toMillis());
        row.inputFields = new ArrayList<>(action.inputs().stream().map(EditorialField::key).toList());
        row.outputField = action.output().key();
        row.enabled = action.enabled();
    }

    private static LlmAction toDomain(LlmActionJpaEntity row) {
        return new LlmAction(new ActionId(row.id), row.name, row.description,
                new PromptReference(row.promptName, row.promptLabel, row.promptVersion), new ModelId(row.modelId),
                row.fallbackModelId == null ? null : new ModelId(row.fallbackModelId), row.temperature,
                row.maxTokens, Duration.ofMillis(row.timeoutMs),
                row.inputFields.stream().map(key -> EditorialField.byKey(key).orElseThrow()).toList(),
                EditorialField.byKey(row.outputField).orElseThrow(), row.enabled, row.version);
    }
}
