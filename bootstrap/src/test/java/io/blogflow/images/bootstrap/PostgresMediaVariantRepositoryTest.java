package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.MediaVariantRepository;
import io.blogflow.images.application.port.out.MediaVariantRepositoryContract;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresMediaVariantRepositoryTest extends MediaVariantRepositoryContract {

    @Inject
    MediaVariantRepository variants;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected MediaVariantRepository variants() {
        return variants;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected MediaId aMedia() {
        return fixtures.media();
    }
}
