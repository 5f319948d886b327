package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.UUID;

class InMemoryPostLinkRepositoryTest extends PostLinkRepositoryContract {

    private final InMemoryPostLinkRepository links = new InMemoryPostLinkRepository();

    @Override
    protected PostLinkRepository links() {
        return links;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected PostId aPost() {
        return new PostId(UUID.randomUUID());
    }
}
