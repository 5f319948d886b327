package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.UserId;
import java.util.UUID;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected UserId anActor() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }
}
