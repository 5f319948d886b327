package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What accounts used in closed periods, kept when a period ends. */
public interface UsageHistory {

    record ClosedPeriod(Instant periodStart, Instant periodEnd, Map<Metric, Long> used) {
    }

    void record(UserId account, ClosedPeriod period);

    /** Newest first, at most {@code limit}. */
    List<ClosedPeriod> of(UserId account, int limit);
}
