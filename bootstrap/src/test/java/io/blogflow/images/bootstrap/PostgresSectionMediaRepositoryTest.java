package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.SectionMediaRepository;
import io.blogflow.images.application.port.out.SectionMediaRepositoryContract;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;

/** PostgresSectionMediaRepository against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresSectionMediaRepositoryTest extends SectionMediaRepositoryContract {

    @Inject
    SectionMediaRepository sectionMedia;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected SectionMediaRepository sectionMedia() {
        return sectionMedia;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UUID aSection() {
        return fixtures.sectionOf(fixtures.post());
    }

    @Override
    protected MediaId aMedia() {
        return fixtures.media();
    }
}
