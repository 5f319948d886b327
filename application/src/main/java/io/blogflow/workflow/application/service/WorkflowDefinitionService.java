package io.blogflow.workflow.application.service;

import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.domain.Siblings;
import io.blogflow.workflow.domain.StepConfig;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowErrors;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every change runs under the workflow's lock, so sibling positions stay 1..n and names stay unique. */
public final class WorkflowDefinitionService implements WorkflowDefinitionUseCase {

    private final WorkflowDefinitionRepository definitions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public WorkflowDefinitionService(WorkflowDefinitionRepository definitions, Transactions transactions,
                                     IdGenerator ids, Clock clock, AuditTrail audit) {
        this.definitions = definitions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public WorkflowTree definition(boolean includeRetired) {
        return transactions.inTransaction(() -> {
            Workflow workflow = definitions.lockDefaultWorkflow(false, clock.instant());
            return WorkflowTree.of(workflow, definitions.allItems(workflow), includeRetired);
        });
    }

    @Override
    public WorkflowItem get(WorkflowLevel level, WorkflowItemId id) {
        return item(level, id);
    }

    @Override
    public WorkflowItem add(UserId actor, WorkflowLevel level, UUID parentId, NewItem values) {
        var validation = new Validation();
        String name = validation.field("name", () -> WorkflowItem.validName(values.name()));
        WorkflowKey key = values.key() == null ? null : validation.field("key", () -> new WorkflowKey(values.key()));
        StepConfig config = stepFields(validation, level, values.required(), values.config());
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            Workflow workflow = definitions.lockDefaultWorkflow(true, clock.instant());
            UUID parent = level == WorkflowLevel.STAGE ? workflow.id().value()
                    : item(level.parent(), parentId).requireActive().id().value();
            var siblings = new Siblings(level, definitions.children(level, parent));
            siblings.requireNameFree(name, null);
            var placement = new Validation();
            Integer position = placement.field("position", () -> siblings.positionForNew(values.position()));
            placement.throwIfInvalid();
            var id = new WorkflowItemId(ids.newId());
            WorkflowItem added = definitions.add(new WorkflowItem(id, level, parent, siblings.keyFor(key, name), name,
                    position, Boolean.TRUE.equals(values.required()), config, null, 0));
            definitions.reorder(level, siblings.orderWithNew(id, position));
            audit.record(actor, "workflow." + level.label() + ".added", "workflow-" + level.label(), id, null,
                    snapshot(added));
            return added;
        });
    }

    @Override
    public WorkflowItem update(UserId actor, WorkflowLevel level, WorkflowItemId id, long expectedVersion,
                               ItemChanges values) {
        var validation = new Validation();
        String name = validation.field("name", () -> WorkflowItem.validName(values.name()));
        StepConfig config = stepFields(validation, level, values.required(), values.config());
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            definitions.lockDefaultWorkflow(true, clock.instant());
            WorkflowItem current = current(level, id, expectedVersion).requireActive();
            new Siblings(level, definitions.children(level, current.parentId())).requireNameFree(name, id);
            WorkflowItem saved = definitions.update(current.changed(name, Boolean.TRUE.equals(values.required()),
                    level == WorkflowLevel.STEP ? config : null));
            audit.record(actor, "workflow." + level.label() + ".updated", "workflow-" + level.label(), id,
                    snapshot(current), snapshot(saved));
            return saved;
        });
    }

    @Override
    public WorkflowItem move(UserId actor, WorkflowLevel level, WorkflowItemId id, Integer position) {
        var validation = new Validation();
        validation.field("position", () -> {
            if (position == null) {
                throw new InvalidValueException("position.required", "position is required.");
            }
            return position;
        });
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            definitions.lockDefaultWorkflow(true, clock.instant());
            WorkflowItem current = item(level, id).requireActive();
            var siblings = new Siblings(level, definitions.children(level, current.parentId()));
            var placement = new Validation();
            List<WorkflowItemId> order = placement.field("position", () -> siblings.orderWithMove(id, position));
            placement.throwIfInvalid();
            definitions.reorder(level, order);
            WorkflowItem moved = current.at(order.indexOf(id) + 1);
            audit.record(actor, "workflow." + level.label() + ".moved", "workflow-" + level.label(), id,
                    Map.of("position", current.position()), Map.of("position", moved.position()));
            return moved;
        });
    }

    @Override
    public WorkflowItem retire(UserId actor, WorkflowLevel level, WorkflowItemId id, long expectedVersion) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            definitions.lockDefaultWorkflow(true, now);
            WorkflowItem current = current(level, id, expectedVersion).requireActive();
            var siblings = new Siblings(level, definitions.children(level, current.parentId()));
            WorkflowItem retired = definitions.update(current.retired(now));
            definitions.reorder(level, siblings.orderWithout(id));
            int below = definitions.retireDescendants(level, id, now);
            Map<String, Object> after = new LinkedHashMap<>(snapshot(retired));
            after.put("retiredAt", now.toString());
            after.put("descendantsRetired", below);
            audit.record(actor, "workflow." + level.label() + ".retired", "workflow-" + level.label(), id,
                    snapshot(current), after);
            return retired;
        });
    }

    /** Steps only: the required flag and the config (absent: the empty object). Other levels refuse both. */
    private static StepConfig stepFields(Validation validation, WorkflowLevel level, Boolean required, String config) {
        if (level != WorkflowLevel.STEP) {
            if (required != null) {
                validation.field("required", () -> {
                    throw new InvalidValueException("required.not-allowed", "Only steps have a required flag.");
                });
            }
            if (config != null) {
                validation.field("config", () -> {
                    throw new InvalidValueException("config.not-allowed", "Only steps have a config.");
                });
            }
            return null;
        }
        return config == null ? StepConfig.EMPTY : validation.field("config", () -> StepConfig.of(config));
    }

    private WorkflowItem item(WorkflowLevel level, UUID id) {
        return item(level, new WorkflowItemId(id));
    }

    private WorkflowItem item(WorkflowLevel level, WorkflowItemId id) {
        return definitions.findItem(level, id).orElseThrow(() -> new WorkflowErrors.NotFound(level, id.toString()));
    }

    private WorkflowItem current(WorkflowLevel level, WorkflowItemId id, long expectedVersion) {
        WorkflowItem current = item(level, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(level.label().replace('-', ' '), current.version());
        }
        return current;
    }

    private static Map<String, Object> snapshot(WorkflowItem item) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("key", item.key().value());
        values.put("name", item.name());
        values.put("position", item.position());
        values.put("parentId", item.parentId().toString());
        if (item.level() == WorkflowLevel.STEP) {
            values.put("required", item.required());
            values.put("config", item.config().json());
        }
        return values;
    }
}
