package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.in.PaymentsUseCase;
import io.blogflow.billing.application.port.in.ProviderWebhookUseCase;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.application.port.out.PaymentProvider;
import io.blogflow.billing.application.port.out.PaymentProvider.ProviderEvent;
import io.blogflow.billing.application.port.out.PlanRepository;
import io.blogflow.billing.application.port.out.ProviderEvents;
import io.blogflow.billing.application.port.out.SubscriptionRepository;
import io.blogflow.billing.application.port.out.UsageCounters;
import io.blogflow.billing.domain.BillingInterval;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.PaymentMethod;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.billing.domain.PlanRef;
import io.blogflow.billing.domain.Subscription;
import io.blogflow.billing.domain.SubscriptionStatus;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments through the provider. Webhook events are applied in one transaction with the record of their id, so a
 * replay has no second effect; an event older than the newest one applied to the subscription changes nothing, so
 * out-of-order delivery is safe.
 */
public final class PaymentsService implements PaymentsUseCase, ProviderWebhookUseCase {

    private final PaymentProvider provider;
    private final AccountPeriods periods;
    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final UsageCounters counters;
    private final InvoiceRepository invoices;
    private final ProviderEvents events;
    private final Dunning dunning;
    private final Transactions transactions;
    private final Clock clock;

    public PaymentsService(PaymentProvider provider, AccountPeriods periods, SubscriptionRepository subscriptions,
                           PlanRepository plans, UsageCounters counters, InvoiceRepository invoices,
                           ProviderEvents events, Dunning dunning, Transactions transactions, Clock clock) {
        this.provider = provider;
        this.periods = periods;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.counters = counters;
        this.invoices = invoices;
        this.events = events;
        this.dunning = dunning;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public URI checkout(UserId account, String email, PlanId planId, String interval, URI successUrl,
                        URI cancelUrl) {
        requireProvider();
        var validation = new Validation();
        BillingInterval billed = validation.field("interval", () -> BillingInterval.parse(interval));
        validation.throwIfInvalid();
        Plan plan = transactions.inTransaction(() -> plans.current(planId)).filter(Plan::active)
                .orElseThrow(() -> new NotFoundException("plan", planId.toString()));
        if (plan.price(billed) == 0) {
            throw new ConflictException("plan.free", "The plan '" + plan.code() + "' costs nothing: no checkout "
                    + "is needed.");
        }
        String customer = customerOf(account, email);
        return provider.checkout(new PaymentProvider.Checkout(customer, account.toString(), plan.id().toString(),
                plan.version(), plan.name(), billed.code(), plan.currency().value(), plan.price(billed), successUrl,
                cancelUrl));
    }

    @Override
    public URI portal(UserId account, URI returnUrl) {
        requireProvider();
        String customer = periods.current(account).providerCustomer();
        if (customer == null) {
            throw new ConflictException("payments.no-customer", "This account has never paid through the "
                    + "payment provider: start with a checkout.");
        }
        return provider.portal(customer, returnUrl);
    }

    private String customerOf(UserId account, String email) {
        Subscription subscription = periods.current(account);
        if (subscription.providerCustomer() != null) {
            return subscription.providerCustomer();
        }
        String created = provider.createCustomer(account.toString(), email);
        return transactions.inTransaction(() -> {
            Subscription locked = subscriptions.lockOf(account).orElseThrow();
            if (locked.providerCustomer() != null) {
                return locked.providerCustomer(); // a concurrent checkout linked one first
            }
            subscriptions.update(locked.linkedTo(created, null));
            return created;
        });
    }

    private void requireProvider() {
        if (!provider.enabled()) {
            throw new ConflictException("payments.not-configured", "No payment provider is configured "
                    + "(BLOGFLOW_STRIPE_API_KEY): an admin assigns plans and marks invoices paid.");
        }
    }

    @Override
    public boolean handle(byte[] payload, String signatureHeader) {
        ProviderEvent event = provider.verify(payload, signatureHeader);
        return transactions.inTransaction(() -> events.claim(event.id(), event.type(), clock.instant())
                && apply(event));
    }

    private boolean apply(ProviderEvent event) {
        Optional<Subscription> found = subscriptionOf(event);
        if (found.isEmpty()) {
            return false;
        }
        Subscription subscription = subscriptions.lockOf(found.get().account()).orElseThrow();
        if (!subscription.isNewer(event.createdAt())) {
            return false; // a later event was applied already
        }
        Subscription changed = switch (event.type()) {
            case "checkout-completed" -> subscribed(subscription, event);
            case "subscription-updated" -> statusOf(subscription, event.status(), event);
            case "subscription-deleted" -> dunning.toDefaultPlan(subscription).withStatus(SubscriptionStatus.CANCELED);
            case "invoice-paid" -> paid(subscription, event);
            case "payment-failed" -> subscription.pastDue(event.createdAt());
            default -> null;
        };
        if (changed == null) {
            return false;
        }
        subscriptions.update(changed.linkedTo(event.customer(), event.subscription())
                .providerStateOf(event.createdAt()));
        return true;
    }

    private Optional<Subscription> subscriptionOf(ProviderEvent event) {
        String account = event.metadata().get("account_id");
        if (account != null) {
            Optional<UserId> id = UserId.parse(account);
            if (id.isPresent()) {
                return subscriptions.of(id.get()).or(() -> Optional.of(periods.current(id.get())));
            }
        }
        if (event.subscription() != null) {
            Optional<Subscription> bySubscription = subscriptions.byProviderSubscription(event.subscription());
            if (bySubscription.isPresent()) {
                return bySubscription;
            }
        }
        return event.customer() == null ? Optional.empty() : subscriptions.byProviderCustomer(event.customer());
    }

    /** The checkout's plan, as we attached it, at once: the provider charged for it. */
    private Subscription subscribed(Subscription subscription, ProviderEvent event) {
        Map<String, String> metadata = event.metadata();
        try {
            PlanId planId = new PlanId(UUID.fromString(metadata.get("plan_id")));
            int version = Integer.parseInt(metadata.get("plan_version"));
            Plan plan = plans.version(planId, version).orElseThrow();
            counters.applyLimits(subscription.account(), plan.limits());
            return subscription.movedTo(new PlanRef(planId, version, BillingInterval.parse(metadata.get("interval"))))
                    .inGoodStanding();
        } catch (RuntimeException unusable) {
            // not one of our checkouts (or tampered metadata): nothing to apply
            return null;
        }
    }

    private Subscription statusOf(Subscription subscription, String status, ProviderEvent event) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "active" -> subscription.inGoodStanding();
            case "trialing" -> subscription.withStatus(SubscriptionStatus.TRIALING);
            case "past_due", "unpaid" -> subscription.pastDue(event.createdAt());
            case "canceled", "incomplete_expired" ->
                    dunning.toDefaultPlan(subscription).withStatus(SubscriptionStatus.CANCELED);
            default -> null;
        };
    }

    /** Back in good standing; the amount settles the account's open invoices, oldest first, as far as it goes. */
    private Subscription paid(Subscription subscription, ProviderEvent event) {
        long left = event.amount() == null ? 0 : event.amount();
        for (Invoice open : invoices.openOf(subscription.account())) {
            if (open.total() > left) {
                break;
            }
            left -= open.total();
            invoices.update(open.paid(PaymentMethod.PROVIDER, event.invoice(), event.createdAt()));
        }
        return subscription.inGoodStanding();
    }
}
