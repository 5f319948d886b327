package io.blogflow.billing.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.billing.domain.Metric;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payments on, against a fake Stripe: checkout, portal, meter events, and webhooks signed as Stripe signs them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeFake.class)
class StripeWebhookApiTest {

    private static final String WEBHOOK = "/api/v1/billing/webhooks/stripe";

    @Inject
    AdjustableClock clock;

    @Inject
    BillingCycleUseCase cycle;

    @Inject
    ReserveUsageUseCase usage;

    private Tokens author;
    private String account;

    @BeforeEach
    void anAuthor() {
        StripeFake.STRIPE.resetAll();
        author = Accounts.author();
        account = BillingFixtures.userId(author);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aCompletedCheckoutPutsTheAccountOnThePlanItPaidForAndAReplayDoesNothing() {
        String event = event("evt_" + UUID.randomUUID(), "checkout.session.completed", now(), """
                {"object": "checkout.session", "id": "cs_1", "customer": "cus_%s", "subscription": "sub_%s",
                 "client_reference_id": "%s",
                 "metadata": {"account_id": "%s", "plan_id": "%s", "plan_version": "1", "interval": "month"}}"""
                .formatted(account, account, account, account, BillingFixtures.PRO));

        deliver(event).statusCode(200).body("applied", equalTo(true));
        deliver(event).statusCode(200).body("applied", equalTo(false));

        author.as().when().get("/api/v1/me/subscription").then().statusCode(200).body("plan.code", equalTo("pro"))
                .body("status", equalTo("active")).body("providerManaged", equalTo(true));
    }

    @Test
    void unsignedForgedAndStaleDeliveriesAreRefusedAndChangeNothing() {
        String id = "evt_" + UUID.randomUUID();
        String event = event(id, "invoice.payment_failed", now(), """
                {"object": "invoice", "id": "in_1", "customer": "cus_x",
                 "subscription_details": {"metadata": {"account_id": "%s"}}}""".formatted(account));
        long t = clock.instant().getEpochSecond();

        given().contentType(ContentType.JSON).body(event).when().post(WEBHOOK).then().statusCode(400)
                .body("code", equalTo("webhook.invalid-signature"));
        given().contentType(ContentType.JSON).header("Stripe-Signature", "t=" + t + ",v1=" + sign(t, event,
                "whsec_forged")).body(event).when().post(WEBHOOK).then().statusCode(400);
        long stale = t - 301;
        given().contentType(ContentType.JSON).header("Stripe-Signature", "t=" + stale + ",v1=" + sign(stale, event,
                StripeFake.WEBHOOK_SECRET)).body(event).when().post(WEBHOOK).then().statusCode(400);
        given().contentType(ContentType.JSON).header("Stripe-Signature", "t=" + t + ",v1=" + sign(t, event,
                StripeFake.WEBHOOK_SECRET)).body(event.replace("in_1", "in_2")).when().post(WEBHOOK).then()
                .statusCode(400);
        author.as().when().get("/api/v1/me/subscription").then().body("status", equalTo("active"));

        // the refused deliveries left no trace: the genuine one still applies
        deliver(event).statusCode(200).body("applied", equalTo(true));
        author.as().when().get("/api/v1/me/subscription").then().body("status", equalTo("past_due"));
    }

    @Test
    void anOlderEventArrivingLateNeverOverwritesNewerState() {
        Instant now = clock.instant();
        String failed = event("evt_" + UUID.randomUUID(), "invoice.payment_failed", now.minusSeconds(60), """
                {"object": "invoice", "id": "in_1", "subscription_details": {"metadata": {"account_id": "%s"}}}"""
                .formatted(account));
        String olderActive = event("evt_" + UUID.randomUUID(), "customer.subscription.updated", now.minusSeconds(120),
                """
                {"object": "subscription", "id": "sub_1", "status": "active", "metadata": {"account_id": "%s"}}"""
                        .formatted(account));
        String paid = event("evt_" + UUID.randomUUID(), "invoice.paid", now, """
                {"object": "invoice", "id": "in_1", "amount_paid": 0,
                 "subscription_details": {"metadata": {"account_id": "%s"}}}""".formatted(account));

        deliver(failed).body("applied", equalTo(true));
        deliver(olderActive).body("applied", equalTo(false));
        author.as().when().get("/api/v1/me/subscription").then().body("status", equalTo("past_due"));
        deliver(paid).body("applied", equalTo(true));
        author.as().when().get("/api/v1/me/subscription").then().body("status", equalTo("active"))
                .body("pastDueSince", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anInvoicePaidAtStripeSettlesTheOpenInvoice() {
        String email = email(); // before the clock moves on: the author's access token expires with it
        BillingFixtures.assign(account, BillingFixtures.PRO);
        String end = author.as().when().get("/api/v1/me/subscription").then().extract().path("currentPeriodEnd");
        clock.advance(Duration.between(clock.instant(), Instant.parse(end)).plusMinutes(1));
        cycle.runDue();
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        cycle.runDue();
        Tokens again = Accounts.logIn(email, Accounts.PASSWORD);
        again.as().when().get("/api/v1/me/invoices").then().body("items[0].status", equalTo("open"))
                .body("items[0].total", equalTo(1900));

        deliver(event("evt_" + UUID.randomUUID(), "invoice.paid", now(), """
                {"object": "invoice", "id": "in_paid", "amount_paid": 1900,
                 "subscription_details": {"metadata": {"account_id": "%s"}}}""".formatted(account)))
                .body("applied", equalTo(true));

        again.as().when().get("/api/v1/me/invoices").then().body("items[0].status", equalTo("paid"))
                .body("items[0].paidWith", equalTo("provider"));
    }

    @Test
    void afterTheGracePeriodAPastDueAccountMovesToTheDefaultPlan() {
        BillingFixtures.assign(account, BillingFixtures.PRO);
        deliver(event("evt_" + UUID.randomUUID(), "invoice.payment_failed", now(), """
                {"object": "invoice", "id": "in_1", "subscription_details": {"metadata": {"account_id": "%s"}}}"""
                .formatted(account))).body("applied", equalTo(true));

        clock.advance(Duration.ofDays(13));
        cycle.runDue();
        Accounts.admin().as().when().get("/api/v1/admin/billing/accounts/" + account + "/subscription").then()
                .body("status", equalTo("past_due"));
        clock.advance(Duration.ofDays(2));
        cycle.runDue();

        Accounts.admin().as().when().get("/api/v1/admin/billing/accounts/" + account + "/subscription").then()
                .body("status", equalTo("active")).body("plan.code", equalTo("business")); // the test default plan
    }

    @Test
    void checkoutCreatesTheCustomerOnceAndTheSessionAtThePlansPrice() {
        StripeFake.STRIPE.stubFor(post("/v1/customers").willReturn(json("{\"id\": \"cus_" + account
                + "\", \"object\": \"customer\"}")));
        StripeFake.STRIPE.stubFor(post("/v1/checkout/sessions").willReturn(json("""
                {"id": "cs_1", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_1"}""")));
        StripeFake.STRIPE.stubFor(post("/v1/billing_portal/sessions").willReturn(json("""
                {"id": "bps_1", "object": "billing_portal.session", "url": "https://billing.stripe.com/p/1"}""")));
        Map<String, String> body = Map.of("planId", BillingFixtures.PRO, "interval", "year",
                "successUrl", "https://blog.example/ok", "cancelUrl", "https://blog.example/no");

        author.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/billing/checkout").then()
                .statusCode(200).body("url", equalTo("https://checkout.stripe.com/c/pay/cs_1"));
        author.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/me/billing/checkout").then()
                .statusCode(200);
        author.as().contentType(ContentType.JSON).body(Map.of("returnUrl", "https://blog.example/billing")).when()
                .post("/api/v1/me/billing/portal").then().statusCode(200)
                .body("url", equalTo("https://billing.stripe.com/p/1"));

        StripeFake.STRIPE.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
        StripeFake.STRIPE.verify(2, postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("customer=cus_" + account))
                .withRequestBody(containing("mode=subscription"))
                .withRequestBody(containing("[unit_amount]=19000")));
        author.as().contentType(ContentType.JSON).body(Map.of("planId", BillingFixtures.FREE, "successUrl",
                        "https://blog.example/ok", "cancelUrl", "https://blog.example/no"))
                .when().post("/api/v1/me/billing/checkout").then().statusCode(409).body("code", equalTo("plan.free"));
    }

    @Test
    void usageOfACustomerIsPushedToStripeAsMeterEventsOnce() {
        StripeFake.STRIPE.stubFor(post("/v1/customers").willReturn(json("{\"id\": \"cus_m" + account
                + "\", \"object\": \"customer\"}")));
        StripeFake.STRIPE.stubFor(post("/v1/checkout/sessions").willReturn(json(
                "{\"id\": \"cs_2\", \"object\": \"checkout.session\", \"url\": \"https://checkout.stripe.com/2\"}")));
        StripeFake.STRIPE.stubFor(post("/v1/billing/meter_events").willReturn(json(
                "{\"object\": \"billing.meter_event\"}")));
        author.as().contentType(ContentType.JSON).body(Map.of("planId", BillingFixtures.PRO, "successUrl",
                "https://blog.example/ok", "cancelUrl", "https://blog.example/no")).when()
                .post("/api/v1/me/billing/checkout").then().statusCode(200);
        String reference = "run:" + UUID.randomUUID();
        var reservation = usage.reserve(new UserId(UUID.fromString(account)), reference, "run",
                Map.of(Metric.AI_RUNS, 1L));
        usage.commit(reservation, Map.of(Metric.AI_RUNS, 1L));

        cycle.runDue();
        cycle.runDue();

        StripeFake.STRIPE.verify(1, postRequestedFor(urlEqualTo("/v1/billing/meter_events"))
                .withRequestBody(containing("identifier=" + java.net.URLEncoder.encode(reference + "/ai_runs",
                        StandardCharsets.UTF_8)))
                .withRequestBody(containing("event_name=blogflow_ai_runs")));
    }

    private ValidatableResponse deliver(String event) {
        long t = clock.instant().getEpochSecond();
        return given().contentType(ContentType.JSON).header("Stripe-Signature", "t=" + t + ",v1="
                + sign(t, event, StripeFake.WEBHOOK_SECRET)).body(event).when().post(WEBHOOK).then();
    }

    private Instant now() {
        return clock.instant();
    }

    private String email() {
        return author.as().when().get("/api/v1/me").then().extract().path("email");
    }

    private static String event(String id, String type, Instant created, String object) {
        return """
                {"id": "%s", "object": "event", "type": "%s", "created": %d, "data": {"object": %s}}"""
                .formatted(id, type, created.getEpochSecond(), object);
    }

    private static String sign(long timestamp, String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
