package io.blogflow.shared.application.port.out;

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
}
