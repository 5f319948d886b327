package io.blogflow.workflow.application.service;

import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checks an action's values, resolves its prompt through the llm context, and stores it with an audit entry. */
public final class LlmActionsService implements LlmActionsUseCase {

    private final LlmActionRepository actions;
    private final ResolvePromptUseCase prompts;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public LlmActionsService(LlmActionRepository actions, ResolvePromptUseCase prompts, Transactions transactions,
                             IdGenerator ids, AuditTrail audit) {
        this.actions = actions;
        this.prompts = prompts;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public Page<LlmAction> list(PageRequest page) {
        return transactions.inTransaction(() -> actions.list(page));
    }

    @Override
    public LlmAction get(ActionId id) {
        return transactions.inTransaction(() -> existing(id));
    }

    @Override
    public LlmAction create(UserId actor, ActionValues values) {
        LlmAction action = valid(new ActionId(ids.newId()), values, 0);
        return transactions.inTransaction(() -> {
            LlmAction created = actions.add(action);
            audit.record(actor, "action.created", "action", created.id(), null, snapshot(created));
            return created;
        });
    }

    @Override
    public LlmAction update(UserId actor, ActionId id, long expectedVersion, ActionValues values) {
        current(id, expectedVersion);
        LlmAction changed = valid(id, values, expectedVersion);
        return transactions.inTransaction(() -> {
            LlmAction before = current(id, expectedVersion);
            LlmAction saved = actions.update(changed);
            audit.record(actor, "action.updated", "action", id, snapshot(before), snapshot(saved));
            return saved;
        });
    }

    @Override
    public void delete(UserId actor, ActionId id, long expectedVersion) {
        transactions.inTransaction(() -> {
            LlmAction doomed = current(id, expectedVersion);
            long usages = actions.usages(id);
            if (usages > 0) {
                throw new ConflictException("action.in-use", "The action is offered by " + usages
                        + " step button(s) or sub-stage default(s): remove those first, or disable the action.");
            }
            actions.remove(doomed);
            audit.record(actor, "action.deleted", "action", id, snapshot(doomed), null);
        });
    }

    private LlmAction existing(ActionId id) {
        return actions.find(id).orElseThrow(() -> new NotFoundException("action", id.toString()));
    }

    private LlmAction current(ActionId id, long expectedVersion) {
        LlmAction current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("action", current.version());
        }
        return current;
    }

    private LlmAction valid(ActionId id, ActionValues v, long version) {
        var validation = new Validation();
        String name = validation.field("name", () -> LlmAction.validName(v.name()));
        String description = validation.field("description", () -> LlmAction.validDescription(v.description()));
        PromptReference prompt = validation.field("prompt",
                () -> new PromptReference(v.promptName(), v.promptLabel(), v.promptVersion()));
        ModelId model = validation.field("model", () -> modelId(v.model(), true));
        ModelId fallback = validation.field("fallbackModel", () -> modelId(v.fallbackModel(), false));
        Double temperature = validation.field("temperature", () -> LlmAction.validTemperature(v.temperature()));
        Integer maxTokens = validation.field("maxTokens", () -> LlmAction.validMaxTokens(v.maxTokens()));
        Duration timeout = validation.field("timeoutMillis", () -> LlmAction.validTimeout(
                v.timeoutMillis() == null ? null : Duration.ofMillis(v.timeoutMillis())));
        List<EditorialField> inputs = validation.field("inputs", () -> fields(v.inputs()));
        EditorialField output = validation.field("output", () -> LlmAction.validOutput(field("output", v.output())));
        validation.throwIfInvalid();
        LlmAction action = validation.field("inputs", () -> new LlmAction(id, name, description, prompt, model,
                fallback, temperature, maxTokens, timeout, inputs, output, v.enabled() == null || v.enabled(),
                version));
        validation.throwIfInvalid();
        PromptVersion resolved = resolve(prompt);
        validation.field("prompt", () -> {
            action.requireReadable(resolved.template().placeholders());
            return action;
        });
        validation.throwIfInvalid();
        return action;
    }

    /** The prompt version the action would run now; one that does not resolve is a field error, not a 404. */
    private PromptVersion resolve(PromptReference reference) {
        try {
            return prompts.resolve(reference);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            throw new ValidationException(List.of(new FieldError("prompt", "prompt.unknown",
                    "No prompt version answers " + reference + ".")));
        }
    }

    private static ModelId modelId(UUID id, boolean required) {
        if (id == null && required) {
            throw new InvalidValueException("model.required", "model must be the id of an LLM model.");
        }
        return id == null ? null : new ModelId(id);
    }

    private static List<EditorialField> fields(List<String> keys) {
        return LlmAction.validInputs(keys == null ? null : keys.stream().map(key -> field("inputs", key)).toList());
    }

    private static EditorialField field(String name, String key) {
        return EditorialField.byKey(key).orElseThrow(() -> new InvalidValueException(name + ".unknown-field",
                "'" + key + "' is not a key of the editorial field registry."));
    }

    private static Map<String, Object> snapshot(LlmAction action) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", action.name());
        snapshot.put("prompt", action.prompt().toString());
        snapshot.put("model", action.model().toString());
        snapshot.put("fallbackModel", action.fallbackModel() == null ? null : action.fallbackModel().toString());
        snapshot.put("inputs", action.inputs().stream().map(EditorialField::key).toList());
        snapshot.put("output", action.output().key());
        snapshot.put("enabled", action.enabled());
        return snapshot;
    }
}
