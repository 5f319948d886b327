package io.blogflow.shared.adapter.persistence;

import io.blogflow.shared.application.port.out.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/** JTA transactions at the use-case boundary; a nested use case joins the caller's transaction. */
@ApplicationScoped
public class QuarkusTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    /** The timeout applies to a transaction begun here; work joining its caller's keeps the caller's. */
    @Override
    public <T> T inTransaction(Duration timeout, Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().timeout((int) Math.max(1, timeout.toSeconds())).call(work::get);
    }
}
