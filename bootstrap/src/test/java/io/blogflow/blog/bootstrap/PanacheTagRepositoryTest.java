package io.blogflow.blog.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.application.port.out.TagRepository;
import io.blogflow.blog.application.port.out.TagRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheTagRepositoryTest extends TagRepositoryContract {

    @Inject
    TagRepository tags;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected TagRepository tags() {
        return tags;
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
