package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

class InMemoryActionRunRepositoryTest extends ActionRunRepositoryContract {

    private final InMemoryActionRunRepository runs = new InMemoryActionRunRepository();

    @Override
    protected ActionRunRepository runs() {
        return runs;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }

    @Override
    protected PostId aPost() {
        return new PostId(UUID.randomUUID());
    }

    @Override
    protected UUID aSectionOf(PostId post) {
        return UUID.randomUUID();
    }

    @Override
    protected UserId anActor() {
        return new UserId(UUID.randomUUID());
    }
}
