package io.blogflow.workflow.application.port.out;

import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;

class InMemoryWorkflowDefinitionRepositoryTest extends WorkflowDefinitionRepositoryContract {

    private final InMemoryWorkflowDefinitionRepository definitions = new InMemoryWorkflowDefinitionRepository();

    @Override
    protected WorkflowDefinitionRepository definitions() {
        return definitions;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }
}
