package io.blogflow.billing.bootstrap;

import io.blogflow.billing.adapter.pdf.OpenPdfInvoiceDocuments;
import io.blogflow.billing.adapter.stripe.StripePaymentProvider;
import io.blogflow.billing.adapter.stripe.StripeSettings;
import io.blogflow.billing.application.BillingSettings;
import io.blogflow.billing.application.port.out.BillingNotices;
import io.blogflow.billing.application.port.out.InvoiceDocuments;
import io.blogflow.billing.application.port.out.InvoiceNumbers;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.application.port.out.PaymentProvider;
import io.blogflow.billing.application.port.out.PendingCharges;
import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.application.port.out.ProviderEvents;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.application.port.out.UsageExport;
import io.blogflow.billing.application.port.out.UsageHistory;
import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import io.blogflow.billing.application.service.AccountNotices;
import io.blogflow.billing.application.service.AccountPeriods;
import io.blogflow.billing.application.service.BillingCycleJob;
import io.blogflow.billing.application.service.BillingCycleService;
import io.blogflow.billing.application.service.Dunning;
import io.blogflow.billing.application.service.InvoiceFinalizing;
import io.blogflow.billing.application.service.InvoiceService;
import io.blogflow.billing.application.service.PaymentsService;
import io.blogflow.billing.application.service.PeriodClosing;
import io.blogflow.billing.application.service.PlanCatalogService;
import io.blogflow.billing.application.service.RevenueService;
import io.blogflow.billing.application.service.SubscriptionService;
import io.blogflow.billing.application.service.UsageMeterService;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.bootstrap.Intervals;
import io.blogflow.shared.application.port.out.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the billing context: its services over the Postgres repositories, Stripe and the PDF renderer. */
@Singleton
public class BillingProducers {

    @Produces
    @Singleton
    BillingSettings settings(BillingConfig config) {
        return new BillingSettings(config.defaultPlan(), config.upgradeUrl(), config.reservationTimeout(),
                config.draftReview(), config.dunningGrace(), config.issuer());
    }

    /** Stripe when BLOGFLOW_STRIPE_API_KEY is set; without it the provider reports itself disabled. */
    @Produces
    @Singleton
    PaymentProvider paymentProvider(StripeConfig config, Clock clock) {
        if (config.apiKey().filter(key -> !key.isBlank()).isPresent()
                && config.webhookSecret().filter(secret -> !secret.isBlank()).isEmpty()) {
            throw new IllegalStateException("BLOGFLOW_STRIPE_API_KEY is set but BLOGFLOW_STRIPE_WEBHOOK_SECRET is "
                    + "not: without it no payment could ever be confirmed. Set the webhook endpoint's signing secret.");
        }
        return new StripePaymentProvider(new StripeSettings(config.apiKey(), config.webhookSecret(),
                config.baseUrl(), config.webhookTolerance(), config.meterEventPrefix()), clock);
    }

    @Produces
    @Singleton
    InvoiceDocuments invoiceDocuments() {
        return new OpenPdfInvoiceDocuments();
    }

    /** Quota and usage-report notices, delivered by the notifications context (its notice types included). */
    @Produces
    @Singleton
    AccountNotices notices(Notices notices, BillingConfig config) {
        return new AccountNotices(notices, config.upgradeUrl());
    }

    /**
     * Billing's periodic work on the job queue every blogflow.billing.cycle-interval (BLOGFLOW_BILLING_CYCLE_INTERVAL,
     * default 60s; off).
     */
    @Produces
    @Singleton
    BillingCycleJob billingCycleJob(BillingCycleUseCase cycle, BillingConfig config) {
        return new BillingCycleJob(cycle, Intervals.parse("blogflow.billing.cycle-interval", config.cycleInterval()),
                BillingCycleReports::log);
    }

    @Produces
    @Singleton
    PeriodClosing periodClosing(SubscriptionRepository subscriptions, PlanRepository plans, UsageCounters counters,
                                UsageHistory history, InvoiceRepository invoices, PendingCharges pending,
                                BillingNotices notices, IdGenerator ids, Clock clock) {
        return new PeriodClosing(subscriptions, plans, counters, history, invoices, pending, notices, ids, clock);
    }

    @Produces
    @Singleton
    AccountPeriods accountPeriods(SubscriptionRepository subscriptions, PlanRepository plans, UsageCounters counters,
                                  PeriodClosing closing, BillingSettings settings, Transactions transactions,
                                  IdGenerator ids, Clock clock) {
        return new AccountPeriods(subscriptions, plans, counters, closing, settings, transactions, ids, clock);
    }

    @Produces
    @Singleton
    InvoiceFinalizing invoiceFinalizing(InvoiceRepository invoices, InvoiceNumbers numbers) {
        return new InvoiceFinalizing(invoices, numbers);
    }

    @Produces
    @Singleton
    Dunning dunning(AccountPeriods periods, SubscriptionRepository subscriptions, UsageCounters counters,
                    InvoiceRepository invoices, Clock clock) {
        return new Dunning(periods, subscriptions, counters, invoices, clock);
    }

    @Produces
    @Singleton
    PlanCatalogService planCatalog(PlanRepository plans, Transactions transactions, IdGenerator ids, Clock clock,
                                   AuditTrail audit) {
        return new PlanCatalogService(plans, transactions, ids, clock, audit);
    }

    @Produces
    @Singleton
    SubscriptionService subscriptions(AccountPeriods periods, SubscriptionRepository subscriptions,
                                      PlanRepository plans, UsageCounters counters, PendingCharges pending,
                                      Transactions transactions, Clock clock, AuditTrail audit) {
        return new SubscriptionService(periods, subscriptions, plans, counters, pending, transactions, clock, audit);
    }

    /** Reserving, recording and reading usage: one service, its run statements timed. */
    @Produces
    @Singleton
    UsageMeterService usageMeter(AccountPeriods periods, UsageCounters counters, UsageHistory history,
                                 BillingNotices notices, BillingSettings settings, Transactions transactions,
                                 IdGenerator ids, Clock clock, MeterRegistry metrics) {
        return new UsageMeterService(periods, new TimedUsageCounters(counters, metrics), history, notices, settings,
                transactions, ids, clock);
    }

    @Produces
    @Singleton
    InvoiceService invoices(InvoiceRepository invoices, InvoiceFinalizing finalizing, InvoiceDocuments documents,
                            BillingSettings settings, Transactions transactions, Clock clock, AuditTrail audit) {
        return new InvoiceService(invoices, finalizing, documents, settings, transactions, clock, audit);
    }

    @Produces
    @Singleton
    BillingCycleService cycle(SubscriptionRepository subscriptions, PeriodClosing closing, InvoiceRepository invoices,
                              InvoiceFinalizing finalizing, UsageCounters counters, Dunning dunning,
                              UsageExport export, PaymentProvider provider, BillingSettings settings,
                              Transactions transactions, Clock clock) {
        return new BillingCycleService(subscriptions, closing, invoices, finalizing, counters, dunning, export,
                provider, settings, transactions, clock);
    }

    @Produces
    @Singleton
    RevenueService revenue(InvoiceRepository invoices, Transactions transactions) {
        return new RevenueService(invoices, transactions);
    }

    @Produces
    @Singleton
    PaymentsService payments(PaymentProvider provider, AccountPeriods periods, SubscriptionRepository subscriptions,
                             PlanRepository plans, UsageCounters counters, InvoiceRepository invoices,
                             ProviderEvents events, Dunning dunning, Transactions transactions, Clock clock) {
        return new PaymentsService(provider, periods, subscriptions, plans, counters, invoices, events, dunning,
                transactions, clock);
    }
}
