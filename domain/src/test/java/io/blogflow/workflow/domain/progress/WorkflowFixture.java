package io.blogflow.workflow.domain.progress;

import io.blogflow.workflow.domain.StepConfig;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A workflow built item by item for progress tests: stages, and sub-stages with one step each (required or not). */
final class WorkflowFixture {

    private final List<WorkflowItem> items = new ArrayList<>();
    private final WorkflowId id = new WorkflowId(UUID.randomUUID());

    WorkflowId id() {
        return id;
    }

    /** A stage; retired when {@code retired} is set. */
    WorkflowItemId stage(String key, int position, Instant retired) {
        var stage = new WorkflowItemId(UUID.randomUUID());
        items.add(new WorkflowItem(stage, WorkflowLevel.STAGE, id.value(), new WorkflowKey(key),
                key, position, false, null, retired, 0));
        return stage;
    }

    /** A sub-stage of {@code stage} with one step, {@code required} or not; both retired when {@code retired} is set. */
    WorkflowItemId sub(WorkflowItemId stage, String key, int position, boolean required, Instant retired) {
        var sub = new WorkflowItemId(UUID.randomUUID());
        items.add(new WorkflowItem(sub, WorkflowLevel.SUB_STAGE, stage.value(), new WorkflowKey(key), key, position,
                false, null, retired, 0));
        items.add(new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), WorkflowLevel.STEP, sub.value(),
                new WorkflowKey("step"), "Step", 1, required, StepConfig.EMPTY, retired, 0));
        return sub;
    }

    /** Retires an item from now on (it stays in the tree, inactive). */
    void retire(WorkflowItemId item, Instant at) {
        items.replaceAll(it -> it.id().equals(item) ? new WorkflowItem(it.id(), it.level(), it.parentId(),
                it.key(), it.name(), it.position(), it.required(), it.config(), at, it.version()) : it);
    }

    WorkflowTree tree() {
        return WorkflowTree.of(new Workflow(id, new WorkflowKey("default"), "Default", 0), items, true);
    }
}
