package io.blogflow.blog.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.application.port.out.PostLinkRepository;
import io.blogflow.blog.application.port.out.PostLinkRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresPostLinkRepositoryTest extends PostLinkRepositoryContract {

    @Inject
    PostLinkRepository links;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected PostLinkRepository links() {
        return links;
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
