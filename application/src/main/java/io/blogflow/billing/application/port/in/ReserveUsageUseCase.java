package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.UUID;

/**
 * Metering of calls that cost money (LLM generations, image generations): before the call reserve its estimate
 * against what is left, after it commit what it actually used and give back the rest; a failed call releases all.
 */
public interface ReserveUsageUseCase {

    /**
     * Reserves every quantity or none, atomically: under concurrency a ceiling is never passed.
     *
     * @param reference unique per call (e.g. {@code run:<id>}); the ledger keys its records {@code reference/metric}
     * @param source    what used it: run, generation, upload, seat…
     * @throws io.blogflow.shared.domain.QuotaExceededException naming the first metric that does not fit
     */
    Reservation reserve(UserId account, String reference, String source, Map<Metric, Long> estimate);

    /** Records what the call used (once: a second commit or a commit after a release changes nothing). */
    void commit(Reservation reservation, Map<Metric, Long> actual);

    /** Gives back everything reserved (once). */
    void release(Reservation reservation);

    record Reservation(UUID id, UserId account, String reference) {
    }
}
