package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.application.port.out.UserRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheUserRepositoryTest extends UserRepositoryContract {

    @Inject
    UserRepository users;

    @Inject
    Transactions transactions;

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
