package io.blogflow.llm.bootstrap;

import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheLlmProviderRepositoryTest extends LlmProviderRepositoryContract {

    @Inject
    LlmProviderRepository providers;

    @Inject
    Transactions transactions;

    @Override
    protected LlmProviderRepository providers() {
        return providers;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
