package io.blogflow.workflow.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepositoryContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheEditorialWorkspaceRepositoryTest extends EditorialWorkspaceRepositoryContract {

    @Inject
    EditorialWorkspaceRepository workspaces;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected EditorialWorkspaceRepository workspaces() {
        return workspaces;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected PostId aPost() {
        return fixtures.post();
    }
}
