package io.blogflow.workflow.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.out.ActionRunRepository;
import io.blogflow.workflow.application.port.out.ActionRunRepositoryContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheActionRunRepositoryTest extends ActionRunRepositoryContract {

    @Inject
    ActionRunRepository runs;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected ActionRunRepository runs() {
        return runs;
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
    protected UUID aSectionOf(PostId post) {
        return fixtures.sectionOf(post);
    }

    @Override
    protected UserId anActor() {
        return fixtures.user();
    }
}
