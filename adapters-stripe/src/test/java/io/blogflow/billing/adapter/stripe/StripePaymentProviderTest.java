package io.blogflow.billing.adapter.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.billing.application.port.out.PaymentProvider;
import io.blogflow.billing.application.port.out.PaymentProvider.ProviderEvent;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.InvalidSignatureException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against a fake speaking Stripe's HTTP API (form-encoded requests, JSON answers). */
class StripePaymentProviderTest {

    private static final String SECRET = "whsec_test_secret";
    private static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    private PaymentProvider stripe;

    @BeforeAll
    static void startTheFake() {
        STRIPE.start();
    }

    @AfterAll
    static void stopTheFake() {
        STRIPE.stop();
    }

    @BeforeEach
    void aProviderPointedAtTheFake() {
        STRIPE.resetAll();
        stripe = provider(Optional.of("sk_test_123"), Optional.of(SECRET));
    }

    private PaymentProvider provider(Optional<String> key, Optional<String> secret) {
        return new StripePaymentProvider(new StripeSettings(key, secret, "http://127.0.0.1:" + STRIPE.port(),
                Duration.ofSeconds(300), "blogflow_"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCustomerIsCreatedOncePerAccountWithItsEmailAndAccountId() {
        STRIPE.stubFor(post("/v1/customers").willReturn(json("{\"id\": \"cus_42\", \"object\": \"customer\"}")));

        assertThat(stripe.createCustomer("acc-1", "ada@example.com")).isEqualTo("cus_42");

        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Authorization", equalTo("Bearer sk_test_123"))
                .withHeader("Idempotency-Key", equalTo("customer-acc-1"))
                .withRequestBody(containing("email=ada%40example.com"))
                .withRequestBody(containing("metadata[account_id]=acc-1")));
    }

    @Test
    void aCheckoutSessionSubscribesToThePlansPriceAndCarriesOurMetadata() {
        STRIPE.stubFor(post("/v1/checkout/sessions").willReturn(json("""
                {"id": "cs_1", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_1"}""")));

        URI page = stripe.checkout(new PaymentProvider.Checkout("cus_42", "acc-1", "plan-1", 3, "Pro", "year", "USD",
                19000, URI.create("https://blog.example/ok"), URI.create("https://blog.example/no")));

        assertThat(page).hasToString("https://checkout.stripe.com/c/pay/cs_1");
        String body = STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).get(0).getBodyAsString();
        assertThat(java.net.URLDecoder.decode(body, StandardCharsets.UTF_8)).contains("mode=subscription",
                "customer=cus_42", "client_reference_id=acc-1", "success_url=https://blog.example/ok",
                "line_items[0][price_data][currency]=usd", "line_items[0][price_data][unit_amount]=19000",
                "line_items[0][price_data][recurring][interval]=year",
                "line_items[0][price_data][product_data][name]=Pro", "metadata[plan_id]=plan-1",
                "metadata[plan_version]=3", "subscription_data[metadata][account_id]=acc-1");
    }

    @Test
    void aPortalSessionReturnsWhereTheCustomerGoes() {
        STRIPE.stubFor(post("/v1/billing_portal/sessions").willReturn(json("""
                {"id": "bps_1", "object": "billing_portal.session", "url": "https://billing.stripe.com/p/session/1"}""")));

        assertThat(stripe.portal("cus_42", URI.create("https://blog.example/billing")))
                .hasToString("https://billing.stripe.com/p/session/1");
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
                .withRequestBody(containing("customer=cus_42")));
    }

    @Test
    void usageIsPushedAsMeterEventsIdentifiedByOurIdempotencyKey() {
        STRIPE.stubFor(post("/v1/billing/meter_events").willReturn(json("""
                {"object": "billing.meter_event", "event_name": "blogflow_ai_runs", "identifier": "run:1/ai_runs"}""")));

        stripe.pushUsage(List.of(new PaymentProvider.UsageEvent("run:1/ai_runs", "cus_42", Metric.AI_RUNS, 1, NOW)));

        String body = java.net.URLDecoder.decode(STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/billing/meter_events")))
                .get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(body).contains("event_name=blogflow_ai_runs", "identifier=run:1/ai_runs",
                "payload[stripe_customer_id]=cus_42", "payload[value]=1", "timestamp=" + NOW.getEpochSecond());
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/billing/meter_events"))
                .withHeader("Idempotency-Key", equalTo("meter-run:1/ai_runs")));
    }

    @Test
    void aStripeFailureIsAnUnavailableDependencyNotAClientError() {
        STRIPE.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(500).withHeader("Content-Type",
                "application/json").withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"boom\"}}")));

        assertThatThrownBy(() -> stripe.createCustomer("acc-1", null))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void withoutAKeyPaymentsAreOff() {
        assertThat(provider(Optional.empty(), Optional.empty()).enabled()).isFalse();
        assertThat(stripe.enabled()).isTrue();
    }

    @Test
    void aDeliverySignedWithTheSecretIsAcceptedAndParsed() {
        String payload = event("invoice.paid", """
                {"object": "invoice", "id": "in_1", "customer": "cus_42", "subscription": "sub_9",
                 "amount_paid": 1900, "subscription_details": {"metadata": {"account_id": "acc-1"}}}""");

        ProviderEvent event = stripe.verify(bytes(payload), "t=" + NOW.getEpochSecond() + ",v1="
                + sign(NOW.getEpochSecond(), payload, SECRET));

        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.type()).isEqualTo("invoice-paid");
        assertThat(event.createdAt()).isEqualTo(Instant.ofEpochSecond(1_775_000_000L));
        assertThat(event.customer()).isEqualTo("cus_42");
        assertThat(event.subscription()).isEqualTo("sub_9");
        assertThat(event.invoice()).isEqualTo("in_1");
        assertThat(event.amount()).isEqualTo(1900);
        assertThat(event.metadata()).containsEntry("account_id", "acc-1");
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String payload = event("customer.subscription.updated", """
                {"object": "subscription", "id": "sub_9", "customer": "cus_42", "status": "past_due",
                 "items": {"data": [{"current_period_end": 1777000000}]}}""");
        long t = NOW.getEpochSecond();

        ProviderEvent event = stripe.verify(bytes(payload), "t=" + t + ",v1=" + sign(t, payload, "whsec_old")
                + ",v1=" + sign(t, payload, SECRET) + ",v0=ignored");

        assertThat(event.type()).isEqualTo("subscription-updated");
        assertThat(event.status()).isEqualTo("past_due");
        assertThat(event.periodEnd()).isEqualTo(Instant.ofEpochSecond(1_777_000_000L));
    }

    @Test
    void unsignedForgedTamperedAndStaleDeliveriesAreRefused() {
        String payload = event("invoice.paid", "{\"object\": \"invoice\", \"id\": \"in_1\"}");
        long t = NOW.getEpochSecond();
        String good = sign(t, payload, SECRET);

        assertRefused(payload, null);
        assertRefused(payload, "");
        assertRefused(payload, "v1=" + good);
        assertRefused(payload, "t=" + t + ",v1=" + sign(t, payload, "whsec_forged"));
        assertRefused(payload.replace("in_1", "in_2"), "t=" + t + ",v1=" + good);
        long stale = t - 301;
        assertRefused(payload, "t=" + stale + ",v1=" + sign(stale, payload, SECRET));
        long justInTime = t - 300;
        assertThat(stripe.verify(bytes(payload), "t=" + justInTime + ",v1=" + sign(justInTime, payload, SECRET)))
                .isNotNull();
    }

    @Test
    void withoutAWebhookSecretNothingVerifies() {
        String payload = event("invoice.paid", "{\"object\": \"invoice\", \"id\": \"in_1\"}");
        long t = NOW.getEpochSecond();

        assertThatThrownBy(() -> provider(Optional.of("sk"), Optional.empty()).verify(bytes(payload),
                "t=" + t + ",v1=" + sign(t, payload, SECRET))).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void aSignedBodyThatIsNoEventIsRefusedToo() {
        String payload = "[1, 2, 3]";
        long t = NOW.getEpochSecond();

        assertRefused(payload, "t=" + t + ",v1=" + sign(t, payload, SECRET));
    }

    private void assertRefused(String payload, String header) {
        assertThatThrownBy(() -> stripe.verify(bytes(payload), header))
                .isInstanceOf(InvalidSignatureException.class);
    }

    static String event(String type, String object) {
        return """
                {"id": "evt_1", "object": "event", "type": "%s", "created": 1775000000, "data": {"object": %s}}"""
                .formatted(type, object);
    }

    static String sign(long timestamp, String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
