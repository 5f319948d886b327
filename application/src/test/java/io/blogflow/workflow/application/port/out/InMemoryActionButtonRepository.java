package io.blogflow.workflow.application.port.out;

import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ActionButtonRepository} in memory; passes {@link ActionButtonRepositoryContract}. Locks are no-ops. */
public final class InMemoryActionButtonRepository implements ActionButtonRepository {

    private final Map<UUID, ActionButton> buttons = new LinkedHashMap<>();
    private final Map<WorkflowItemId, ActionId> defaults = new LinkedHashMap<>();

    @Override
    public void lockStep(WorkflowItemId step) {
    }

    @Override
    public synchronized List<ActionButton> buttonsOf(WorkflowItemId step) {
        return buttons.values().stream().filter(b -> b.step().equals(step))
                .sorted(Comparator.comparingInt(ActionButton::position)).toList();
    }

    @Override
    public synchronized Map<WorkflowItemId, List<ActionButton>> buttonsOf(List<WorkflowItemId> steps) {
        Map<WorkflowItemId, List<ActionButton>> byStep = new LinkedHashMap<>();
        for (WorkflowItemId step : steps) {
            List<ActionButton> ofStep = buttonsOf(step);
            if (!ofStep.isEmpty()) {
                byStep.put(step, ofStep);
            }
        }
        return byStep;
    }

    @Override
    public synchronized ActionButton insert(ActionButton button) {
        List<ActionButton> order = new ArrayList<>(buttonsOf(button.step()));
        order.add(button.position() - 1, button);
        renumber(order);
        return button;
    }

    @Override
    public synchronized void delete(ActionButton button) {
        buttons.remove(button.id());
        renumber(buttonsOf(button.step()));
    }

    @Override
    public synchronized void reorder(WorkflowItemId step, List<UUID> order) {
        renumber(order.stream().map(buttons::get).toList());
    }

    @Override
    public synchronized Optional<ActionId> defaultActionOf(WorkflowItemId subStage) {
        return Optional.ofNullable(defaults.get(subStage));
    }

    @Override
    public synchronized void setDefaultAction(WorkflowItemId subStage, ActionId action) {
        defaults.put(subStage, action);
    }

    @Override
    public synchronized boolean clearDefaultAction(WorkflowItemId subStage) {
        return defaults.remove(subStage) != null;
    }

    /** How many buttons and sub-stage defaults refer to the action (what the action repository's usages count). */
    synchronized long usagesOf(ActionId action) {
        return buttons.values().stream().filter(b -> b.action().equals(action)).count()
                + defaults.values().stream().filter(action::equals).count();
    }

    private void renumber(List<ActionButton> order) {
        for (int i = 0; i < order.size(); i++) {
            ActionButton b = order.get(i);
            buttons.put(b.id(), new ActionButton(b.id(), b.step(), b.action(), b.label(), i + 1));
        }
    }
}
