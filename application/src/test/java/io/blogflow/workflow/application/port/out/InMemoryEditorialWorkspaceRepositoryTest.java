package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import java.util.UUID;

class InMemoryEditorialWorkspaceRepositoryTest extends EditorialWorkspaceRepositoryContract {

    private final InMemoryEditorialWorkspaceRepository workspaces = new InMemoryEditorialWorkspaceRepository();

    @Override
    protected EditorialWorkspaceRepository workspaces() {
        return workspaces;
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
