package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.UUID;

class InMemoryPostViewCountsTest extends PostViewCountsContract {

    private final InMemoryPostViewCounts counts = new InMemoryPostViewCounts();

    @Override
    protected PostViewCounts counts() {
        return counts;
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
