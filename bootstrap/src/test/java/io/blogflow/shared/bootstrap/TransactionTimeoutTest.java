package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.application.port.out.Transactions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A unit of work given its own time limit (the analytics rollup's windows) is bounded by that limit, not by the
 * transaction manager's default: the same two seconds of database work fail under one second and pass under ten.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TransactionTimeoutTest {

    @Inject
    Transactions transactions;

    @Inject
    EntityManager em;

    private Object twoSecondsOfWork() {
        return em.createNativeQuery("SELECT pg_sleep(2)").getSingleResult();
    }

    @Test
    void workPastItsTimeoutIsRolledBack() {
        assertThatThrownBy(() -> transactions.inTransaction(Duration.ofSeconds(1), this::twoSecondsOfWork))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void workWithinItsTimeoutCommits() {
        assertThat(transactions.inTransaction(Duration.ofSeconds(10), () -> {
            twoSecondsOfWork();
            return "done";
        })).isEqualTo("done");
    }
}
