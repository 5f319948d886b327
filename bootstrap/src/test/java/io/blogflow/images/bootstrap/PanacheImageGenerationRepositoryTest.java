package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.ImageGenerationRepository;
import io.blogflow.images.application.port.out.ImageGenerationRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheImageGenerationRepositoryTest extends ImageGenerationRepositoryContract {

    @Inject
    ImageGenerationRepository generations;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected ImageGenerationRepository generations() {
        return generations;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UUID aPost() {
        return fixtures.post().value();
    }

    @Override
    protected UserId aRequester() {
        return fixtures.user();
    }
}
