package io.blogflow.billing.domain;

import java.util.Objects;

/** A plan at one version, billed at an interval: what a subscription is on, or will move to. */
public record PlanRef(PlanId plan, int version, BillingInterval interval) {

    public PlanRef {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(interval, "interval");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    public static PlanRef of(Plan plan, BillingInterval interval) {
        return new PlanRef(plan.id(), plan.version(), interval);
    }
}
