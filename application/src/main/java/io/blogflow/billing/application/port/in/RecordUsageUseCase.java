package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;

/**
 * Usage of what an account holds (storage, seats), recorded in the caller's transaction: a take that does not fit is
 * refused and the caller's change rolls back with it; a record under a key seen before changes nothing.
 */
public interface RecordUsageUseCase {

    /**
     * Takes {@code quantity} (under the ceiling) or gives it back (negative, always applies).
     *
     * @throws io.blogflow.shared.domain.QuotaExceededException when a take does not fit
     */
    void record(UserId account, Metric metric, long quantity, String key, String source);

    /**
     * Refuses early, before work is done, when {@code quantity} would not fit now; {@link #record} still decides.
     *
     * @throws io.blogflow.shared.domain.QuotaExceededException when it would not fit
     */
    void requireRoom(UserId account, Metric metric, long quantity);

    /** The account that took the last seat/unit recorded under keys starting with {@code keyPrefix}, if any. */
    java.util.Optional<UserId> takenBy(String keyPrefix);
}
