package io.blogflow.blog.bootstrap;

import io.blogflow.blog.application.port.out.RedirectRepository;
import io.blogflow.blog.application.port.out.RedirectRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheRedirectRepositoryTest extends RedirectRepositoryContract {

    @Inject
    RedirectRepository redirects;

    @Inject
    Transactions transactions;

    @Override
    protected RedirectRepository redirects() {
        return redirects;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
