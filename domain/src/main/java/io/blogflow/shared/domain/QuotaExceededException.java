package io.blogflow.shared.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's plan allows no more of a metered resource (LLM tokens, image generations, storage, seats…) until its
 * usage resets or it upgrades. Shared because billing raises it while the context that wanted the resource (a run, a
 * generation, an upload, a new user) records and answers it: 402 with what was exceeded and where to upgrade.
 *
 * @param resetsAt when the usage starts over, or null for a metric that does not reset (storage, seats)
 */
public final class QuotaExceededException extends DomainException {

    private final String metric;
    private final long limit;
    private final long used;
    private final Instant resetsAt;
    private final String upgradeUrl;

    public QuotaExceededException(String metric, long limit, long used, Instant resetsAt, String upgradeUrl) {
        super(Kind.PAYMENT_REQUIRED, "quota-exceeded", "The plan's limit for " + metric + " (" + limit
                + ") is used up" + (resetsAt == null ? "" : " until " + resetsAt) + "; upgrade the plan for more.");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.limit = limit;
        this.used = used;
        this.resetsAt = resetsAt;
        this.upgradeUrl = upgradeUrl;
    }

    public String metric() {
        return metric;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }

    public Instant resetsAt() {
        return resetsAt;
    }

    public String upgradeUrl() {
        return upgradeUrl;
    }
}
