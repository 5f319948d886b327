package io.blogflow.blog.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.UserId;
import io.blogflow.blog.application.port.out.PostRevisionRepository;
import io.blogflow.blog.application.port.out.PostRevisionRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanachePostRevisionRepositoryTest extends PostRevisionRepositoryContract {

    @Inject
    PostRevisionRepository revisions;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected PostRevisionRepository revisions() {
        return revisions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UserId anAuthor() {
        return fixtures.user();
    }

    @Override
    protected PostId aPostBy(UserId author) {
        return fixtures.post(author);
    }
}
