package io.blogflow.images.application.port.out;

import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

class InMemoryImageGenerationRepositoryTest extends ImageGenerationRepositoryContract {

    private final InMemoryImageGenerationRepository generations = new InMemoryImageGenerationRepository();

    @Override
    protected ImageGenerationRepository generations() {
        return generations;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected UUID aPost() {
        return UUID.randomUUID();
    }

    @Override
    protected UserId aRequester() {
        return new UserId(UUID.randomUUID());
    }
}
