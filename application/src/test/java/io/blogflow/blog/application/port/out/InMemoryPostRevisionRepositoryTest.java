package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

class InMemoryPostRevisionRepositoryTest extends PostRevisionRepositoryContract {

    private final InMemoryPostRevisionRepository revisions = new InMemoryPostRevisionRepository();

    @Override
    protected PostRevisionRepository revisions() {
        return revisions;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected UserId anAuthor() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected PostId aPostBy(UserId author) {
        return new PostId(UUID.randomUUID());
    }
}
