package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.application.port.out.MediaRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheMediaRepositoryTest extends MediaRepositoryContract {

    @Inject
    MediaRepository media;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected MediaRepository media() {
        return media;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UserId aUser() {
        return fixtures.user();
    }
}
