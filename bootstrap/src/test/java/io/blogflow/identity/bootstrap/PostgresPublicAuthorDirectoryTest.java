package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.out.PublicAuthorDirectory;
import io.blogflow.identity.application.port.out.PublicAuthorDirectoryContract;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresPublicAuthorDirectoryTest extends PublicAuthorDirectoryContract {

    @Inject
    PublicAuthorDirectory directory;

    @Inject
    UserRepository users;

    @Inject
    Transactions transactions;

    @Override
    protected PublicAuthorDirectory directory() {
        return directory;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
