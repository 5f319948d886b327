package io.blogflow.billing.application.service;

import io.blogflow.billing.application.BillingSettings;
import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.application.port.out.PaymentProvider;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.application.port.out.UsageExport;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Billing's periodic work in batches, each batch claimed and done in one transaction. */
public final class BillingCycleService implements BillingCycleUseCase {

    static final int BATCH = 50;

    private final SubscriptionRepository subscriptions;
    private final PeriodClosing closing;
    private final InvoiceRepository invoices;
    private final InvoiceFinalizing finalizing;
    private final UsageCounters counters;
    private final Dunning dunning;
    private final UsageExport export;
    private final PaymentProvider provider;
    private final BillingSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public BillingCycleService(SubscriptionRepository subscriptions, PeriodClosing closing,
                               InvoiceRepository invoices, InvoiceFinalizing finalizing, UsageCounters counters,
                               Dunning dunning, UsageExport export, PaymentProvider provider,
                               BillingSettings settings, Transactions transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.closing = closing;
        this.invoices = invoices;
        this.finalizing = finalizing;
        this.counters = counters;
        this.dunning = dunning;
        this.export = export;
        this.provider = provider;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Report runDue() {
        Instant now = clock.instant();
        int closed = inBatches(() -> {
            List<Subscription> due = subscriptions.claimEndedPeriods(now, BATCH);
            due.forEach(closing::closeEnded);
            return due.size();
        });
        int finalized = inBatches(() -> {
            List<Invoice> drafts = invoices.claimDraftsCreatedBefore(now.minus(settings.draftReview()), BATCH);
            drafts.forEach(draft -> finalizing.finalize(draft, now));
            return drafts.size();
        });
        int released = inBatches(() -> counters.releaseExpired(now, BATCH));
        int downgraded = inBatches(() -> {
            List<Subscription> overdue = subscriptions.claimPastDueSince(now.minus(settings.dunningGrace()), BATCH);
            overdue.forEach(dunning::endGracePeriod);
            return overdue.size();
        });
        return new Report(closed, finalized, released, downgraded, pushUsage());
    }

    private int inBatches(Supplier<Integer> batch) {
        int total = 0;
        for (int done = BATCH; done == BATCH; total += done) {
            done = transactions.inTransaction(batch);
        }
        return total;
    }

    /** Outside any transaction: the provider is called, then the records marked (a repeat is deduplicated there). */
    private int pushUsage() {
        if (!provider.enabled()) {
            return 0;
        }
        int total = 0;
        List<PaymentProvider.UsageEvent> events;
        do {
            events = transactions.inTransaction(() -> export.pending(BATCH));
            if (!events.isEmpty()) {
                provider.pushUsage(events);
                List<String> pushed = events.stream().map(PaymentProvider.UsageEvent::identifier).toList();
                transactions.inTransaction(() -> {
                    export.markExported(pushed);
                    return null;
                });
                total += events.size();
            }
        } while (events.size() == BATCH);
        return total;
    }
}
