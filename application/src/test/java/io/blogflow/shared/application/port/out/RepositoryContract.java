package io.blogflow.shared.application.port.out;

import java.util.function.Supplier;

/**
 * The base of the outbound ports' contract tests ({@code *RepositoryContract}): each step of a test runs in a
 * transaction of its own, as a use case would, so nothing an earlier step cached answers a later read.
 */
public abstract class RepositoryContract {

    /** The transactions the repository under test takes part in. */
    protected abstract Transactions transactions();

    protected final <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    protected final void tx(Runnable work) {
        transactions().inTransaction(work);
    }
}
