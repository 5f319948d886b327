package io.blogflow.billing.application.service;

import io.blogflow.billing.application.BillingSettings;
import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.domain.BillingInterval;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanRef;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Every account has a subscription in a current period: the first use starts one on the default plan, and a use after
 * the period ended closes it first (under the subscription's row lock, so only one caller does).
 */
public final class AccountPeriods {

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final UsageCounters counters;
    private final PeriodClosing closing;
    private final BillingSettings settings;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public AccountPeriods(SubscriptionRepository subscriptions, PlanRepository plans, UsageCounters counters,
                   PeriodClosing closing, BillingSettings settings, Transactions transactions, IdGenerator ids,
                   Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.counters = counters;
        this.closing = closing;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** The account's subscription, started or rolled over as needed; its counters exist. */
    public Subscription current(UserId account) {
        Optional<Subscription> found = transactions.inTransaction(() -> subscriptions.of(account));
        if (found.isPresent() && !found.get().periodEndedAt(clock.instant())) {
            return found.get();
        }
        return transactions.inTransaction(() -> {
            Subscription subscription = subscriptions.lockOf(account).orElseGet(() -> start(account));
            return closing.closeEnded(subscription);
        });
    }

    private Subscription start(UserId account) {
        return startOn(account, defaultPlan(), BillingInterval.MONTH);
    }

    /**
     * Starts the account's first subscription on {@code plan}, in the caller's transaction, unless it has one (then
     * answers that one, locked). Its first period starts now; nothing is prorated, since nothing came before.
     */
    public Subscription startOn(UserId account, Plan plan, BillingInterval interval) {
        Subscription stored = subscriptions.addIfAbsent(Subscription.start(ids.newId(), account,
                PlanRef.of(plan, interval), clock.instant()));
        Subscription locked = subscriptions.lockOf(account).orElse(stored);
        Plan on = plans.version(locked.plan().plan(), locked.plan().version()).orElse(plan);
        counters.open(account, locked.periodStart(), locked.periodEnd(), on.limits());
        return locked;
    }

    /** Like {@link #current}, and makes sure every counter of the period exists (metrics added since it opened). */
    public Subscription currentWithCounters(UserId account) {
        Subscription subscription = current(account);
        Plan plan = planOf(subscription);
        transactions.inTransaction(() -> {
            counters.open(account, subscription.periodStart(), subscription.periodEnd(), plan.limits());
            return null;
        });
        return subscription;
    }

    public Plan planOf(Subscription subscription) {
        return transactions.inTransaction(() -> plans.version(subscription.plan().plan(),
                        subscription.plan().version()))
                .orElseThrow(() -> new IllegalStateException("plan version " + subscription.plan() + " is missing"));
    }

    public Plan defaultPlan() {
        return transactions.inTransaction(() -> plans.currentByCode(settings.defaultPlan())).orElseThrow(() -> new IllegalStateException(
                "The default plan '" + settings.defaultPlan() + "' (blogflow.billing.default-plan) does not exist"));
    }
}
