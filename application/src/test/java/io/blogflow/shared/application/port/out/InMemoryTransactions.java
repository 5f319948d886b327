package io.blogflow.shared.application.port.out;

import java.util.function.Supplier;

/** Transactions for in-memory fakes: the work just runs (fakes keep no half-written state to roll back). */
public final class InMemoryTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
