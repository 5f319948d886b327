package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import java.util.List;
import java.util.UUID;

class InMemoryPostProgressRepositoryTest extends PostProgressRepositoryContract {

    private final InMemoryPostProgressRepository progress = new InMemoryPostProgressRepository();

    @Override
    protected PostProgressRepository progress() {
        return progress;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected PostId aPost() {
        return new PostId(UUID.randomUUID());
    }

    @Override
    protected UserId anEditor() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected WorkflowTree aWorkflowOfOneStageWithTwoSubStages() {
        var workflow = new Workflow(new WorkflowId(UUID.randomUUID()), new WorkflowKey("default"), "Default", 0);
        var stage = item(WorkflowLevel.STAGE, workflow.id().value(), "stage", 1);
        return WorkflowTree.of(workflow, List.of(stage, item(WorkflowLevel.SUB_STAGE, stage.id().value(), "first", 1),
                item(WorkflowLevel.SUB_STAGE, stage.id().value(), "second", 2)), false);
    }

    private static WorkflowItem item(WorkflowLevel level, UUID parent, String key, int position) {
        return new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), level, parent, new WorkflowKey(key), key,
                position, false, null, null, 0);
    }
}
