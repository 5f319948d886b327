package io.blogflow.workflow.application.port.out;

import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionId;
import java.util.UUID;

class InMemoryActionButtonRepositoryTest extends ActionButtonRepositoryContract {

    private final InMemoryActionButtonRepository buttons = new InMemoryActionButtonRepository();

    @Override
    protected ActionButtonRepository buttons() {
        return buttons;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected WorkflowItemId aStep() {
        return new WorkflowItemId(UUID.randomUUID());
    }

    @Override
    protected WorkflowItemId aSubStage() {
        return new WorkflowItemId(UUID.randomUUID());
    }

    @Override
    protected ActionId anAction() {
        return new ActionId(UUID.randomUUID());
    }
}
