package io.blogflow.workflow.bootstrap;

import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.workflow.application.port.out.ActionButtonRepository;
import io.blogflow.workflow.application.port.out.ActionButtonRepositoryContract;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheActionButtonRepositoryTest extends ActionButtonRepositoryContract {

    @Inject
    ActionButtonRepository buttons;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected ActionButtonRepository buttons() {
        return buttons;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected WorkflowItemId aStep() {
        return fixtures.step();
    }

    @Override
    protected WorkflowItemId aSubStage() {
        return fixtures.subStage();
    }

    @Override
    protected ActionId anAction() {
        return fixtures.action();
    }
}
