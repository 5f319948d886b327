package io.blogflow.billing.application.port.in;

import io.blogflow.billing.application.port.out.UsageHistory;
import io.blogflow.billing.domain.Limit;
import io.blogflow.billing.domain.Metric;
import java.time.Instant;
import java.util.List;

/** An account's usage: the current period per metric, and earlier periods. */
public record AccountUsage(Instant periodStart, Instant periodEnd, List<MetricUsage> metrics,
                           List<UsageHistory.ClosedPeriod> history) {

    /**
     * @param limit   the plan's terms, or null when the metric is unlimited
     * @param ceiling what may not be passed (null: no limit)
     * @param overageCharge what the usage so far costs beyond the included quantity, in minor units
     */
    public record MetricUsage(Metric metric, long used, long reserved, Limit limit, Long ceiling,
                              long overageCharge, boolean resets) {
    }
}
