package io.blogflow.workflow.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.out.PostProgressRepository;
import io.blogflow.workflow.application.port.out.PostProgressRepositoryContract;
import io.blogflow.workflow.domain.WorkflowTree;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanachePostProgressRepositoryTest extends PostProgressRepositoryContract {

    @Inject
    PostProgressRepository progress;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected PostProgressRepository progress() {
        return progress;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected PostId aPost() {
        return fixtures.post();
    }

    @Override
    protected UserId anEditor() {
        return fixtures.user();
    }

    @Override
    protected WorkflowTree aWorkflowOfOneStageWithTwoSubStages() {
        return fixtures.workflowOfOneStage(2);
    }
}
