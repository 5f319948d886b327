package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.in.AccountBilling;
import io.blogflow.billing.application.port.in.SubscriptionUseCase;
import io.blogflow.billing.application.port.out.PendingCharges;
import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.domain.BillingInterval;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.billing.domain.Proration;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

public final class SubscriptionService implements SubscriptionUseCase {

    private final AccountPeriods periods;
    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final UsageCounters counters;
    private final PendingCharges pending;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public SubscriptionService(AccountPeriods periods, SubscriptionRepository subscriptions, PlanRepository plans,
                               UsageCounters counters, PendingCharges pending, Transactions transactions, Clock clock,
                               AuditTrail audit) {
        this.periods = periods;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.counters = counters;
        this.pending = pending;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public AccountBilling of(UserId account) {
        Subscription subscription = periods.currentWithCounters(account);
        return view(subscription);
    }

    @Override
    public AccountBilling changePlan(UserId actor, UserId account, PlanId planId, String interval) {
        return change(actor, account, planId, interval, false);
    }

    @Override
    public AccountBilling assignPlan(UserId admin, UserId account, PlanId planId, String interval) {
        return change(admin, account, planId, interval, true);
    }

    private AccountBilling change(UserId actor, UserId account, PlanId planId, String interval, boolean atOnce) {
        var validation = new Validation();
        BillingInterval requested = interval == null ? null
                : validation.field("interval", () -> BillingInterval.parse(interval));
        validation.throwIfInvalid();
        Plan target = transactions.inTransaction(() -> plans.current(planId))
                .orElseThrow(() -> new NotFoundException("plan", planId.toString()));
        if (transactions.inTransaction(() -> subscriptions.of(account)).isEmpty()) {
            // A first subscription is no change of plan: it starts on the plan chosen.
            Subscription started = transactions.inTransaction(() -> {
                Subscription first = periods.startOn(account, target,
                        requested != null ? requested : BillingInterval.MONTH);
                if (first.plan().plan().equals(target.id())) {
                    audit.record(actor, "billing.plan-changed", "subscription", first.id(), null,
                            changed(target, first.plan().interval(), true));
                }
                return first;
            });
            if (started.plan().plan().equals(target.id())) {
                return view(started);
            }
        }
        periods.current(account);
        return transactions.inTransaction(() -> {
            Subscription subscription = subscriptions.lockOf(account)
                    .orElseThrow(() -> new NotFoundException("account", account.toString()));
            Plan current = periods.planOf(subscription);
            if (!target.active() && !target.id().equals(current.id())) {
                throw new ConflictException("plan.not-offered", "The plan '" + target.code()
                        + "' is not offered any more.");
            }
            BillingInterval to = requested != null ? requested : subscription.plan().interval();
            Subscription.Change change = subscription.changeTo(current, target, to, clock.instant(), atOnce);
            Subscription saved = subscriptions.update(change.subscription());
            if (change.immediate()) {
                counters.applyLimits(account, target.limits());
                charge(saved, current, target, change.proration());
            }
            audit.record(actor, "billing.plan-changed", "subscription", saved.id(),
                    Map.of("plan", current.code(), "version", current.version()),
                    changed(target, to, change.immediate()));
            return view(saved);
        });
    }

    private void charge(Subscription subscription, Plan from, Plan to, Proration proration) {
        if (proration.credit() != 0) {
            pending.add(subscription.id(), new InvoiceLine(InvoiceLine.Kind.PRORATION, "Unused time on "
                    + from.name() + " from " + proration.from(), null, 1, proration.credit()), clock.instant());
        }
        if (proration.charge() != 0) {
            pending.add(subscription.id(), new InvoiceLine(InvoiceLine.Kind.PRORATION, "Remaining time on "
                    + to.name() + " from " + proration.from(), null, 1, proration.charge()), clock.instant());
        }
    }

    private static Map<String, Object> changed(Plan target, BillingInterval interval, boolean immediate) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("plan", target.code());
        after.put("version", target.version());
        after.put("interval", interval.code());
        after.put("effective", immediate ? "now" : "period-end");
        return after;
    }

    private AccountBilling view(Subscription subscription) {
        return transactions.inTransaction(() -> {
            Plan pendingPlan = subscription.pending() == null ? null
                    : plans.version(subscription.pending().plan(), subscription.pending().version()).orElse(null);
            return new AccountBilling(subscription, periods.planOf(subscription), pendingPlan,
                    pending.of(subscription.id()));
        });
    }
}
