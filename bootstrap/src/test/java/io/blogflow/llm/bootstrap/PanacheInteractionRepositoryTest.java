package io.blogflow.llm.bootstrap;

import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.application.port.out.InteractionRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheInteractionRepositoryTest extends InteractionRepositoryContract {

    @Inject
    InteractionRepository interactions;

    @Inject
    Transactions transactions;

    @Override
    protected InteractionRepository interactions() {
        return interactions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
