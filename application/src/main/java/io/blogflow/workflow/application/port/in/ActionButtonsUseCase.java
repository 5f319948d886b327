package io.blogflow.workflow.application.port.in;

import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where actions are offered: ordered buttons on workflow steps, and one default action per sub-stage. Part of the
 * workflow definition, so admins change them (checked at the edge); every change is audited. Steps and sub-stages
 * must be active to change what they offer.
 */
public interface ActionButtonsUseCase {

    /** The step's buttons by position (retired steps too). */
    List<ActionButton> buttons(WorkflowItemId step);

    /** Adds a button at {@code position} (1..n+1, default last); later ones move down. */
    ActionButton add(UserId actor, WorkflowItemId step, ActionId action, String label, Integer position);

    /** Removes a button; later ones move up. */
    void remove(UserId actor, WorkflowItemId step, UUID button);

    /** The full new order: exactly the step's button ids, each once, applied atomically. */
    List<ActionButton> reorder(UserId actor, WorkflowItemId step, List<UUID> ids);

    Optional<ActionId> defaultAction(WorkflowItemId subStage);

    void setDefaultAction(UserId actor, WorkflowItemId subStage, ActionId action);

    void clearDefaultAction(UserId actor, WorkflowItemId subStage);
}
