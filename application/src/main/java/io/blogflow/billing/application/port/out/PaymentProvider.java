package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.InvalidSignatureException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where payments are collected (Stripe): customers, hosted checkout for a subscription, the self-service billing
 * portal, usage pushed as meter events, and its signed webhook events translated into billing's terms.
 */
public interface PaymentProvider {

    /** Whether a provider is configured; without one billing works with payments marked by an admin. */
    boolean enabled();

    /** Creates the account's customer at the provider; answers its id. */
    String createCustomer(String accountId, String email);

    /** A hosted checkout page that starts a subscription at {@code price} per interval. */
    URI checkout(Checkout checkout);

    record Checkout(String customer, String accountId, String planId, int planVersion, String planName,
                    String interval, String currency, long price, URI successUrl, URI cancelUrl) {
    }

    /** A portal session where the customer manages payment methods and sees the provider's invoices. */
    URI portal(String customer, URI returnUrl);

    /** Pushes usage; each event's identifier is our ledger's idempotency key, so a retried push counts once. */
    void pushUsage(List<UsageEvent> events);

    record UsageEvent(String identifier, String customer, Metric metric, long quantity, Instant at) {
    }

    /**
     * Verifies a webhook delivery over its raw body and parses it.
     *
     * @throws InvalidSignatureException unsigned, forged or outside the tolerance
     */
    ProviderEvent verify(byte[] payload, String signatureHeader);

    /**
     * A provider event in billing's terms; fields an event type does not carry are null.
     *
     * @param type        checkout-completed, subscription-updated, subscription-deleted, invoice-paid,
     *                    payment-failed, or other (recorded, no effect)
     * @param status      the provider subscription's status (active, trialing, past_due, canceled, unpaid…)
     * @param metadata    what we attached when creating the checkout (account, plan, version, interval)
     */
    record ProviderEvent(String id, String type, Instant createdAt, String customer, String subscription,
                         String status, String invoice, Long amount, Instant periodStart, Instant periodEnd,
                         Map<String, String> metadata) {
    }
}
