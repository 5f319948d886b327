package io.blogflow.workflow.application.port.out;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.workflow.domain.WorkflowItemId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

class InMemoryLlmActionRepositoryTest extends LlmActionRepositoryContract {

    private final Set<ModelId> models = new HashSet<>();
    private final InMemoryActionButtonRepository buttons = new InMemoryActionButtonRepository();
    private final InMemoryLlmActionRepository actions = new InMemoryLlmActionRepository(models::contains, buttons);

    @Override
    protected LlmActionRepository actions() {
        return actions;
    }

    @Override
    protected ActionButtonRepository buttons() {
        return buttons;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected ModelId aModel() {
        ModelId model = new ModelId(UUID.randomUUID());
        models.add(model);
        return model;
    }

    @Override
    protected WorkflowItemId aStep() {
        return new WorkflowItemId(UUID.randomUUID());
    }

    @Override
    protected WorkflowItemId aSubStage() {
        return new WorkflowItemId(UUID.randomUUID());
    }
}
