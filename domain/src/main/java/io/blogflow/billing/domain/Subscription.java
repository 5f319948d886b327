package io.blogflow.billing.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account's subscription: the plan version it is on, its current period (anchored at the start: each period ends a
 * whole number of intervals after {@code anchor}), a downgrade waiting for the period end, and where its payments
 * stand. Immutable: every change returns the next state, which the repository saves under optimistic locking.
 *
 * @param pending      the plan to move to at the end of the period (a downgrade), or null
 * @param pastDueSince when a payment first failed, while {@link SubscriptionStatus#PAST_DUE}
 * @param providerAt   the time of the newest payment-provider event applied, so older ones arriving late are ignored
 */
public record Subscription(UUID id, UserId account, PlanRef plan, SubscriptionStatus status, Instant anchor,
                           Instant periodStart, Instant periodEnd, PlanRef pending, Instant pastDueSince,
                           String providerCustomer, String providerSubscription, Instant providerAt, long version,
                           Instant createdAt) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(anchor, "anchor");
        if (!periodStart.isBefore(periodEnd)) {
            throw new IllegalArgumentException("a period starts before it ends");
        }
    }

    /** A new subscription whose first period starts now. */
    public static Subscription start(UUID id, UserId account, PlanRef plan, Instant now) {
        return new Subscription(id, account, plan, SubscriptionStatus.ACTIVE, now, now,
                plan.interval().periodEnd(now, 1), null, null, null, null, null, 0, now);
    }

    public boolean periodEndedAt(Instant now) {
        return !periodEnd.isAfter(now);
    }

    /**
     * The period after this one, on the pending plan if a downgrade was waiting. A change of interval re-anchors the
     * subscription at the new period's start.
     */
    public Subscription nextPeriod() {
        PlanRef next = pending != null ? pending : plan;
        Instant newAnchor = next.interval() == plan.interval() ? anchor : periodEnd;
        Instant end = next.interval().periodEndAfter(newAnchor, periodEnd);
        return new Subscription(id, account, next, status, newAnchor, periodEnd, end, null, pastDueSince,
                providerCustomer, providerSubscription, providerAt, version, createdAt);
    }

    /**
     * What changing to {@code target} does: a downgrade (a lower monthly price) waits for the period end; anything
     * else applies now with proration.
     */
    public Change changeTo(Plan current, Plan target, BillingInterval interval, Instant now) {
        return changeTo(current, target, interval, now, false);
    }

    /** As {@link #changeTo(Plan, Plan, BillingInterval, Instant)}; {@code atOnce} applies a downgrade now too. */
    public Change changeTo(Plan current, Plan target, BillingInterval interval, Instant now, boolean atOnce) {
        PlanRef to = PlanRef.of(target, interval);
        // Plans are compared by what they offer (their monthly price), not by how they are billed: moving to a
        // yearly price of the same plan is no downgrade.
        if (!atOnce && target.monthlyPrice() < current.monthlyPrice()) {
            return new Change(with(plan, to, status, pastDueSince), null);
        }
        if (interval == plan.interval()) {
            return new Change(with(to, null, status, pastDueSince), Proration.of(current.price(plan.interval()),
                    target.price(interval), periodStart, periodEnd, now));
        }
        // A new interval starts a new period now: credit what is left of this one, charge the new one in full.
        Instant end = interval.periodEnd(now, 1);
        Proration credit = Proration.of(current.price(plan.interval()), 0, periodStart, periodEnd, now);
        return new Change(new Subscription(id, account, to, status, now, now, end, null, pastDueSince,
                providerCustomer, providerSubscription, providerAt, version, createdAt),
                new Proration(credit.credit(), target.price(interval), now, end));
    }

    /**
     * The outcome of a plan change.
     *
     * @param proration the credit and charge for the rest of the period, or null when the change waits for its end
     */
    public record Change(Subscription subscription, Proration proration) {

        public boolean immediate() {
            return proration != null;
        }
    }

    /** Moved to {@code to} at once without proration: what the payment provider or dunning decided. */
    public Subscription movedTo(PlanRef to) {
        return with(to, null, status, pastDueSince);
    }

    public Subscription pastDue(Instant at) {
        return with(plan, pending, SubscriptionStatus.PAST_DUE, pastDueSince != null ? pastDueSince : at);
    }

    public Subscription inGoodStanding() {
        return with(plan, pending, SubscriptionStatus.ACTIVE, null);
    }

    public Subscription withStatus(SubscriptionStatus newStatus) {
        return with(plan, pending, newStatus, newStatus == SubscriptionStatus.PAST_DUE ? pastDueSince : null);
    }

    public Subscription linkedTo(String customer, String providerSubscriptionId) {
        return new Subscription(id, account, plan, status, anchor, periodStart, periodEnd, pending, pastDueSince,
                customer != null ? customer : providerCustomer,
                providerSubscriptionId != null ? providerSubscriptionId : providerSubscription, providerAt, version,
                createdAt);
    }

    /** Records that a provider event of {@code at} was applied; false from {@link #isNewer} means ignore it. */
    public Subscription providerStateOf(Instant at) {
        return new Subscription(id, account, plan, status, anchor, periodStart, periodEnd, pending, pastDueSince,
                providerCustomer, providerSubscription, at, version, createdAt);
    }

    public boolean isNewer(Instant providerEventAt) {
        return providerAt == null || providerEventAt.isAfter(providerAt);
    }

    private Subscription with(PlanRef newPlan, PlanRef newPending, SubscriptionStatus newStatus, Instant newPastDue) {
        return new Subscription(id, account, newPlan, newStatus, anchor, periodStart, periodEnd, newPending,
                newPastDue, providerCustomer, providerSubscription, providerAt, version, createdAt);
    }
}
