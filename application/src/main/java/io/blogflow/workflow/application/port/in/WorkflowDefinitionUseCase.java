package io.blogflow.workflow.application.port.in;

import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import java.util.UUID;

/**
 * The editorial workflow's definition: stages, sub-stages and steps. Everyone who works on posts reads it; admins
 * shape it (the inbound adapter checks the role). Items are never deleted, only retired, so posts in progress keep
 * pointing at what they were on.
 */
public interface WorkflowDefinitionUseCase {

    /** The default workflow as a tree, active items only unless {@code includeRetired}. */
    WorkflowTree definition(boolean includeRetired);

    /** One stage, sub-stage or step, retired or not. */
    WorkflowItem get(WorkflowLevel level, WorkflowItemId id);

    /**
     * Adds an item under {@code parentId} (ignored for stages, which go into the default workflow) at
     * {@code values.position()} (default: last); later siblings shift down by one.
     */
    WorkflowItem add(UserId actor, WorkflowLevel level, UUID parentId, NewItem values);

    /** Renames an item and, for steps, replaces {@code required} and {@code config}. Key and position stay. */
    WorkflowItem update(UserId actor, WorkflowLevel level, WorkflowItemId id, long expectedVersion, ItemChanges values);

    /** Puts an active item at {@code position} among its active siblings, which close ranks around it. */
    WorkflowItem move(UserId actor, WorkflowLevel level, WorkflowItemId id, Integer position);

    /** Retires an item and everything below it; its active siblings close the gap it leaves. */
    WorkflowItem retire(UserId actor, WorkflowLevel level, WorkflowItemId id, long expectedVersion);

    /** {@code key} null: derived from the name. {@code required} and {@code config} (JSON object text) for steps only. */
    record NewItem(String name, String key, Integer position, Boolean required, String config) {
    }

    /** Absent {@code required} is false, absent {@code config} is the empty object (a full replacement). */
    record ItemChanges(String name, Boolean required, String config) {
    }
}
