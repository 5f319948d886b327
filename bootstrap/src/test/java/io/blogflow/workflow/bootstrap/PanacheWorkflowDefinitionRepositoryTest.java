package io.blogflow.workflow.bootstrap;

import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepositoryContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheWorkflowDefinitionRepositoryTest extends WorkflowDefinitionRepositoryContract {

    @Inject
    WorkflowDefinitionRepository definitions;

    @Inject
    Transactions transactions;

    @Override
    protected WorkflowDefinitionRepository definitions() {
        return definitions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
