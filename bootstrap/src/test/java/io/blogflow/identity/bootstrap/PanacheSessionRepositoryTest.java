package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.SessionRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheSessionRepositoryTest extends SessionRepositoryContract {

    @Inject
    SessionRepository sessions;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected SessionRepository sessions() {
        return sessions;
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
