package io.blogflow.workflow.bootstrap;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.workflow.application.port.out.ActionButtonRepository;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.application.port.out.LlmActionRepositoryContract;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheLlmActionRepositoryTest extends LlmActionRepositoryContract {

    @Inject
    LlmActionRepository actions;

    @Inject
    ActionButtonRepository buttons;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

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
        return transactions;
    }

    @Override
    protected ModelId aModel() {
        return fixtures.model();
    }

    @Override
    protected WorkflowItemId aStep() {
        return fixtures.step();
    }

    @Override
    protected WorkflowItemId aSubStage() {
        return fixtures.subStage();
    }
}
