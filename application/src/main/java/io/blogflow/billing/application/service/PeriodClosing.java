package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.out.BillingNotices;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.application.port.out.PendingCharges;
import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.application.port.out.UsageHistory;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceDrafting;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Metric;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanRef;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.application.port.out.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Closes a subscription's ended periods, in the caller's transaction, on a subscription the caller has locked: keeps
 * what each period used, draws up its invoice (when something is owed), moves the counters to the next period (a
 * waiting downgrade takes effect) and sends the usage report.
 */
public final class PeriodClosing {

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final UsageCounters counters;
    private final UsageHistory history;
    private final InvoiceRepository invoices;
    private final PendingCharges pending;
    private final BillingNotices notices;
    private final IdGenerator ids;
    private final Clock clock;

    public PeriodClosing(SubscriptionRepository subscriptions, PlanRepository plans, UsageCounters counters,
                  UsageHistory history, InvoiceRepository invoices, PendingCharges pending, BillingNotices notices,
                  IdGenerator ids, Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.counters = counters;
        this.history = history;
        this.invoices = invoices;
        this.pending = pending;
        this.notices = notices;
        this.ids = ids;
        this.clock = clock;
    }

    /** Closes every period of {@code locked} that ended by now; answers the subscription in its current period. */
    public Subscription closeEnded(Subscription locked) {
        Instant now = clock.instant();
        Subscription subscription = locked;
        while (subscription.periodEndedAt(now)) {
            subscription = close(subscription, now);
        }
        return subscription;
    }

    private Subscription close(Subscription subscription, Instant now) {
        Map<Metric, Long> used = new EnumMap<>(Metric.class);
        counters.of(subscription.account()).forEach(counter -> used.put(counter.metric(), counter.used()));
        history.record(subscription.account(), new UsageHistory.ClosedPeriod(subscription.periodStart(),
                subscription.periodEnd(), used));
        Subscription next = subscription.nextPeriod();
        Plan closedPlan = plan(subscription.plan());
        Plan nextPlan = plan(next.plan());
        List<InvoiceLine> lines = InvoiceDrafting.lines(closedPlan, used, nextPlan, next.plan().interval(),
                pending.take(subscription.id()));
        String invoice = null;
        if (lines.stream().anyMatch(line -> line.amount() != 0)) {
            Invoice draft = invoices.add(Invoice.draft(ids.newId(), subscription.account(), subscription.id(),
                    nextPlan.currency(), next.periodStart(), next.periodEnd(), lines, now));
            invoice = draft.id().toString();
        }
        counters.startPeriod(subscription.account(), next.periodStart(), next.periodEnd(), nextPlan.limits());
        Subscription saved = subscriptions.update(next);
        notices.periodClosed(subscription.account(), subscription.periodStart(), subscription.periodEnd(), used,
                invoice);
        return saved;
    }

    private Plan plan(PlanRef ref) {
        return plans.version(ref.plan(), ref.version())
                .orElseThrow(() -> new IllegalStateException("plan version " + ref + " is missing"));
    }
}
