package io.blogflow.blog.application.port.out;

import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

class InMemoryPostRepositoryTest extends PostRepositoryContract {

    private final InMemoryPostRepository posts = new InMemoryPostRepository();

    @Override
    protected PostRepository posts() {
        return posts;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected UserId anAuthor() {
        return new UserId(UUID.randomUUID());
    }
}
