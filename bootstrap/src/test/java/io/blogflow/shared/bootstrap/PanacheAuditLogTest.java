package io.blogflow.shared.bootstrap;

import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.AuditLogContract;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PanacheAuditLogTest extends AuditLogContract {

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Inject
    StoredFixtures fixtures;

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UserId anActor() {
        return fixtures.user();
    }
}
