package io.blogflow.llm.bootstrap;

import io.blogflow.llm.application.port.out.PromptRepository;
import io.blogflow.llm.application.port.out.PromptRepositoryContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanachePromptRepositoryTest extends PromptRepositoryContract {

    @Inject
    PromptRepository prompts;

    @Inject
    Transactions transactions;

    @Override
    protected PromptRepository prompts() {
        return prompts;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
