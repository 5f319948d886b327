package io.blogflow.billing.bootstrap;

import io.blogflow.billing.application.port.out.BillingNotices;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Billing's notices written to the log (category {@code io.blogflow.billing.notices}), one line each, until the
 * notifications context delivers them to the account (in-app and email).
 */
final class LoggedBillingNotices implements BillingNotices {

    private static final Logger LOG = Logger.getLogger("io.blogflow.billing.notices");

    @Override
    public void quotaReached(UserId account, Metric metric, int percent, long used, long limit, Instant periodEnd) {
        LOG.infof("quota-reached account=%s metric=%s percent=%d used=%d limit=%d periodEnd=%s", account,
                metric.code(), percent, used, limit, periodEnd);
    }

    @Override
    public void periodClosed(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Long> used,
                             String invoice) {
        LOG.infof("usage-report account=%s period=%s/%s invoice=%s used={%s}", account, periodStart, periodEnd,
                invoice == null ? "none" : invoice, used.entrySet().stream()
                        .map(entry -> entry.getKey().code() + "=" + entry.getValue())
                        .collect(Collectors.joining(", ")));
    }
}
