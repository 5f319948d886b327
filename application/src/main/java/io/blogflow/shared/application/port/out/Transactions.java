package io.blogflow.shared.application.port.out;

import java.time.Duration;
import java.util.function.Supplier;

/** Runs a use case as one unit of work: everything it wrote is committed together, or nothing is. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #inTransaction(Supplier)}, for work that may take longer than the usual limit (a bulk job's step):
     * a transaction begun here is rolled back only after {@code timeout}. Units of work without a time limit (the
     * in-memory fakes) just run it.
     */
    default <T> T inTransaction(Duration timeout, Supplier<T> work) {
        return inTransaction(work);
    }
}
