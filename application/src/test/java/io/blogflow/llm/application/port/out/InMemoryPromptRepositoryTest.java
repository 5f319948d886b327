package io.blogflow.llm.application.port.out;

import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;

class InMemoryPromptRepositoryTest extends PromptRepositoryContract {

    private final InMemoryPromptRepository prompts = new InMemoryPromptRepository();

    @Override
    protected PromptRepository prompts() {
        return prompts;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }
}
