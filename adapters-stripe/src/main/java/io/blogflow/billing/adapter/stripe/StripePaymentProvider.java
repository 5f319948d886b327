package io.blogflow.billing.adapter.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.billing.MeterEventCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.blogflow.billing.application.port.out.PaymentProvider;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.InvalidSignatureException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stripe as the payment provider. Every write carries an idempotency key derived from what it is for, so a retried
 * call (ours or the library's own retries) never creates a second customer or counts usage twice.
 */
public final class StripePaymentProvider implements PaymentProvider {

    private static final long RETRY_AFTER_SECONDS = 30;

    private final StripeSettings settings;
    private final StripeClient client;
    private final Clock clock;

    public StripePaymentProvider(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = settings.apiKey().map(key -> StripeClient.builder().setApiKey(key)
                .setApiBase(settings.baseUrl()).setMeterEventsBase(settings.baseUrl())
                .setMaxNetworkRetries(2).build()).orElse(null);
    }

    @Override
    public boolean enabled() {
        return client != null;
    }

    @Override
    public String createCustomer(String accountId, String email) {
        CustomerCreateParams.Builder params = CustomerCreateParams.builder().putMetadata("account_id", accountId);
        if (email != null) {
            params.setEmail(email);
        }
        return call(() -> client().v1().customers().create(params.build(), key("customer-" + accountId))).getId();
    }

    @Override
    public URI checkout(Checkout checkout) {
        Map<String, String> metadata = Map.of("account_id", checkout.accountId(), "plan_id", checkout.planId(),
                "plan_version", String.valueOf(checkout.planVersion()), "interval", checkout.interval());
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(checkout.customer())
                .setClientReferenceId(checkout.accountId())
                .setSuccessUrl(checkout.successUrl().toString())
                .setCancelUrl(checkout.cancelUrl().toString())
                .putAllMetadata(metadata)
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder().putAllMetadata(metadata).build())
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(checkout.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(checkout.price())
                                .setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                                        .setInterval("year".equals(checkout.interval())
                                                ? SessionCreateParams.LineItem.PriceData.Recurring.Interval.YEAR
                                                : SessionCreateParams.LineItem.PriceData.Recurring.Interval.MONTH)
                                        .build())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(checkout.planName()).build())
                                .build())
                        .build())
                .build();
        return URI.create(call(() -> client().v1().checkout().sessions().create(params)).getUrl());
    }

    @Override
    public URI portal(String customer, URI returnUrl) {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder().setCustomer(customer)
                .setReturnUrl(returnUrl.toString()).build();
        return URI.create(call(() -> client().v1().billingPortal().sessions().create(params)).getUrl());
    }

    @Override
    public void pushUsage(List<UsageEvent> events) {
        for (UsageEvent event : events) {
            MeterEventCreateParams params = MeterEventCreateParams.builder()
                    .setEventName(settings.meterEventPrefix() + event.metric().code())
                    .setIdentifier(event.identifier())
                    .setTimestamp(event.at().getEpochSecond())
                    .putPayload("stripe_customer_id", event.customer())
                    .putPayload("value", String.valueOf(event.quantity()))
                    .build();
            call(() -> client().v1().billing().meterEvents().create(params, key("meter-" + event.identifier())));
        }
    }

    @Override
    public ProviderEvent verify(byte[] payload, String signatureHeader) {
        String secret = settings.webhookSecret().orElseThrow(() -> new InvalidSignatureException(
                "Webhooks are not configured (BLOGFLOW_STRIPE_WEBHOOK_SECRET is not set)."));
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidSignatureException("The Stripe-Signature header is missing.");
        }
        String body = new String(payload, StandardCharsets.UTF_8);
        try {
            // t=…, one or more v1=… (HMAC-SHA256 of "t.body"), compared in constant time, t within the tolerance
            Webhook.Signature.verifyHeader(body, signatureHeader, secret, settings.tolerance().toSeconds(), clock);
        } catch (SignatureVerificationException refused) {
            throw new InvalidSignatureException("The Stripe-Signature does not verify: " + refused.getMessage());
        }
        return StripeEvents.parse(body);
    }

    private StripeClient client() {
        if (client == null) {
            throw new IllegalStateException("Stripe is not configured (BLOGFLOW_STRIPE_API_KEY is not set)");
        }
        return client;
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.call();
        } catch (StripeException failure) {
            // Our requests are well-formed by construction: whatever Stripe answers, the client can only retry.
            throw new DependencyUnavailableException("payments.unavailable", "The payment provider failed ("
                    + failure.getClass().getSimpleName() + "); try again shortly.", RETRY_AFTER_SECONDS);
        }
    }
}
