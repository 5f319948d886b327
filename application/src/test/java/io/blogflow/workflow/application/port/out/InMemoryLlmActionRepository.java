package io.blogflow.workflow.application.port.out;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.application.port.out.InMemoryPages;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link LlmActionRepository} in memory; passes {@link LlmActionRepositoryContract}. It knows which models exist
 * through {@code knownModels} and counts usages in the given button repository, as the database's keys would.
 */
public final class InMemoryLlmActionRepository implements LlmActionRepository {

    private final Map<ActionId, LlmAction> actions = new LinkedHashMap<>();
    private final Predicate<ModelId> knownModels;
    private final InMemoryActionButtonRepository buttons;

    public InMemoryLlmActionRepository(Predicate<ModelId> knownModels, InMemoryActionButtonRepository buttons) {
        this.knownModels = knownModels;
        this.buttons = buttons;
    }

    @Override
    public synchronized LlmAction add(LlmAction action) {
        return store(action, 0);
    }

    @Override
    public synchronized LlmAction update(LlmAction action) {
        LlmAction current = actions.get(action.id());
        if (current == null) {
            throw new StaleVersionException("action");
        }
        if (current.version() != action.version()) {
            throw new StaleVersionException("action", current.version());
        }
        return store(action, current.version() + 1);
    }

    @Override
    public synchronized void remove(LlmAction action) {
        actions.remove(action.id());
    }

    @Override
    public synchronized Optional<LlmAction> find(ActionId id) {
        return Optional.ofNullable(actions.get(id));
    }

    @Override
    public synchronized Page<LlmAction> list(PageRequest page) {
        return InMemoryPages.page(actions.values().stream().sorted(Comparator.comparing(LlmAction::name)).toList(),
                page);
    }

    @Override
    public long usages(ActionId id) {
        return buttons.usagesOf(id);
    }

    private LlmAction store(LlmAction action, long version) {
        if (actions.values().stream().anyMatch(a -> !a.id().equals(action.id()) && a.name().equalsIgnoreCase(action.name()))) {
            throw new ConflictException("action.name-taken", "Another action has this name.");
        }
        requireKnown("model", action.model());
        requireKnown("fallbackModel", action.fallbackModel());
        LlmAction stored = new LlmAction(action.id(), action.name(), action.description(), action.prompt(),
                action.model(), action.fallbackModel(), action.temperature(), action.maxTokens(), action.timeout(),
                action.inputs(), action.output(), action.enabled(), version);
        actions.put(stored.id(), stored);
        return stored;
    }

    private void requireKnown(String field, ModelId model) {
        if (model != null && !knownModels.test(model)) {
            throw new ValidationException(List.of(new FieldError(field, "model.unknown",
                    field + " must be the id of an LLM model.")));
        }
    }
}
