package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Map;

/** What billing tells an account: it used most or all of a limit; a period closed (the usage report). */
public interface BillingNotices {

    void quotaReached(UserId account, Metric metric, int percent, long used, long limit, Instant periodEnd);

    /**
     * @param used    per metric, what the closed period used
     * @param invoice the number or id of the invoice drawn up, or null when nothing was owed
     */
    void periodClosed(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Long> used, String invoice);
}
