package io.blogflow.workflow.application.service;

import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.in.ActionButtonsUseCase;
import io.blogflow.workflow.application.port.out.ActionButtonRepository;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.domain.SectionOrder;
import io.blogflow.workflow.domain.WorkflowErrors;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Changes of one step's buttons run under a lock on the step, so positions stay 1..n. */
public final class ActionButtonsService implements ActionButtonsUseCase {

    private final ActionButtonRepository buttons;
    private final LlmActionRepository actions;
    private final WorkflowDefinitionRepository definitions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public ActionButtonsService(ActionButtonRepository buttons, LlmActionRepository actions,
                                WorkflowDefinitionRepository definitions, Transactions transactions, IdGenerator ids,
                                AuditTrail audit) {
        this.buttons = buttons;
        this.actions = actions;
        this.definitions = definitions;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public List<ActionButton> buttons(WorkflowItemId step) {
        return transactions.inTransaction(() -> {
            item(WorkflowLevel.STEP, step);
            return buttons.buttonsOf(step);
        });
    }

    @Override
    public ActionButton add(UserId actor, WorkflowItemId step, ActionId action, String label, Integer position) {
        var validation = new Validation();
        String validLabel = validation.field("label", () -> ActionButton.validLabel(label));
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            item(WorkflowLevel.STEP, step).requireActive();
            requireAction(action);
            buttons.lockStep(step);
            int count = buttons.buttonsOf(step).size();
            Integer at = validation.field("position", () -> SectionOrder.positionForNew(position, count));
            validation.throwIfInvalid();
            ActionButton added = buttons.insert(new ActionButton(ids.newId(), step, action, validLabel, at));
            audit.record(actor, "workflow.step.action-button-added", "step", step, null,
                    Map.of("buttonId", added.id().toString(), "actionId", action.toString(), "position", at));
            return added;
        });
    }

    @Override
    public void remove(UserId actor, WorkflowItemId step, UUID button) {
        transactions.inTransaction(() -> {
            item(WorkflowLevel.STEP, step);
            buttons.lockStep(step);
            ActionButton doomed = buttons.buttonsOf(step).stream().filter(b -> b.id().equals(button)).findFirst()
                    .orElseThrow(() -> new NotFoundException("button", String.valueOf(button)));
            buttons.delete(doomed);
            audit.record(actor, "workflow.step.action-button-removed", "step", step,
                    Map.of("buttonId", button.toString(), "actionId", doomed.action().toString()), null);
        });
    }

    @Override
    public List<ActionButton> reorder(UserId actor, WorkflowItemId step, List<UUID> requested) {
        return transactions.inTransaction(() -> {
            item(WorkflowLevel.STEP, step).requireActive();
            buttons.lockStep(step);
            List<UUID> current = buttons.buttonsOf(step).stream().map(ActionButton::id).toList();
            var validation = new Validation();
            List<UUID> order = validation.field("ids", () -> SectionOrder.requireSame(requested, current, "button"));
            validation.throwIfInvalid();
            buttons.reorder(step, order);
            audit.record(actor, "workflow.step.action-buttons-reordered", "step", step, null,
                    Map.of("order", order.stream().map(UUID::toString).toList()));
            return buttons.buttonsOf(step);
        });
    }

    @Override
    public Optional<ActionId> defaultAction(WorkflowItemId subStage) {
        return transactions.inTransaction(() -> {
            item(WorkflowLevel.SUB_STAGE, subStage);
            return buttons.defaultActionOf(subStage);
        });
    }

    @Override
    public void setDefaultAction(UserId actor, WorkflowItemId subStage, ActionId action) {
        transactions.inTransaction(() -> {
            item(WorkflowLevel.SUB_STAGE, subStage).requireActive();
            requireAction(action);
            buttons.setDefaultAction(subStage, action);
            audit.record(actor, "workflow.sub-stage.default-action-set", "sub-stage", subStage, null,
                    Map.of("actionId", action.toString()));
        });
    }

    @Override
    public void clearDefaultAction(UserId actor, WorkflowItemId subStage) {
        transactions.inTransaction(() -> {
            item(WorkflowLevel.SUB_STAGE, subStage);
            if (buttons.clearDefaultAction(subStage)) {
                audit.record(actor, "workflow.sub-stage.default-action-cleared", "sub-stage", subStage);
            }
        });
    }

    private WorkflowItem item(WorkflowLevel level, WorkflowItemId id) {
        return definitions.findItem(level, id).orElseThrow(() -> new WorkflowErrors.NotFound(level, id.toString()));
    }

    /** An action named in a request body that does not exist is a field error, not a missing resource. */
    private void requireAction(ActionId action) {
        if (action == null || actions.find(action).isEmpty()) {
            throw new ValidationException(List.of(new FieldError("actionId", "action.unknown",
                    "actionId must be the id of an action.")));
        }
    }
}
