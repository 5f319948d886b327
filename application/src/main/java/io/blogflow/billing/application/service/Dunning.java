package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.domain.BillingInterval;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanRef;
import io.blogflow.billing.domain.Subscription;
import java.time.Clock;

/**
 * The end of dunning, in the caller's transaction: a subscription still past due when its grace period is over moves
 * to the default plan (its limits at once), and what it still owed is written off as uncollectible.
 */
public final class Dunning {

    private final AccountPeriods periods;
    private final SubscriptionRepository subscriptions;
    private final UsageCounters counters;
    private final InvoiceRepository invoices;
    private final Clock clock;

    public Dunning(AccountPeriods periods, SubscriptionRepository subscriptions, UsageCounters counters,
                   InvoiceRepository invoices, Clock clock) {
        this.periods = periods;
        this.subscriptions = subscriptions;
        this.counters = counters;
        this.invoices = invoices;
        this.clock = clock;
    }

    void endGracePeriod(Subscription pastDue) {
        Plan fallback = periods.defaultPlan();
        subscriptions.update(pastDue.movedTo(PlanRef.of(fallback, BillingInterval.MONTH)).inGoodStanding());
        counters.applyLimits(pastDue.account(), fallback.limits());
        for (Invoice open : invoices.openOf(pastDue.account())) {
            invoices.update(open.uncollectible(clock.instant()));
        }
    }

    /** Moves a subscription to the default plan at once (the provider ended it), keeping its status. */
    Subscription toDefaultPlan(Subscription subscription) {
        Plan fallback = periods.defaultPlan();
        counters.applyLimits(subscription.account(), fallback.limits());
        return subscription.movedTo(PlanRef.of(fallback, BillingInterval.MONTH));
    }
}
