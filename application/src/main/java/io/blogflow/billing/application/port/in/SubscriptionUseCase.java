package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.PlanId;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;

/**
 * An account's subscription. Every account has one: on first use it starts on the default plan. An account changing
 * its plan gets an upgrade (or a change at the same price) at once, with proration by the second on the next invoice,
 * and a downgrade at the end of the period; an admin's assignment applies at once either way, prorated.
 */
public interface SubscriptionUseCase {

    AccountBilling of(UserId account);

    /**
     * @param interval month or year; null keeps the current one
     * @throws NotFoundException for an unknown account or plan
     */
    AccountBilling changePlan(UserId actor, UserId account, PlanId plan, String interval);

    /** An admin puts the account on the plan now, downgrade or not, with proration by the second. */
    AccountBilling assignPlan(UserId admin, UserId account, PlanId plan, String interval);
}
