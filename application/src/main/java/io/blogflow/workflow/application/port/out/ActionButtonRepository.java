package io.blogflow.workflow.application.port.out;

import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Step buttons and sub-stage default actions. Callers run inside a transaction. */
public interface ActionButtonRepository {

    /** Locks the step's buttons for the rest of the transaction (changes of one step's buttons run one at a time). */
    void lockStep(WorkflowItemId step);

    /** The step's buttons by position. */
    List<ActionButton> buttonsOf(WorkflowItemId step);

    /** The buttons of these steps, by step (each by position). */
    Map<WorkflowItemId, List<ActionButton>> buttonsOf(List<WorkflowItemId> steps);

    /** Inserts a button at its position; buttons at or after it move one down first. */
    ActionButton insert(ActionButton button);

    /** Removes a button; later ones move up. */
    void delete(ActionButton button);

    /** Gives the step's buttons positions 1..n in this order (all of them, checked by the caller). */
    void reorder(WorkflowItemId step, List<UUID> order);

    Optional<ActionId> defaultActionOf(WorkflowItemId subStage);

    void setDefaultAction(WorkflowItemId subStage, ActionId action);

    /** False when the sub-stage had none. */
    boolean clearDefaultAction(WorkflowItemId subStage);
}
