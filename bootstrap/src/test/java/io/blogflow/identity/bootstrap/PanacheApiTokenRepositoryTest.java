package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.out.ApiTokenRepository;
import io.blogflow.identity.application.port.out.ApiTokenRepositoryContract;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    @Inject
    ApiTokenRepository apiTokens;

    @Inject
    UserRepository users;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected User aUser() {
        var id = fixtures.user();
        return transactions.inTransaction(() -> users.findById(id)).orElseThrow();
    }
}
