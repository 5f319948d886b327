package io.blogflow.billing.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans, subscriptions, usage and quotas through the API, against the real database and a WireMock LLM provider. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BillingApiTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final WireMockServer FAKE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    private Tokens admin;

    @BeforeAll
    static void startTheFakeProvider() {
        FAKE.start();
    }

    @AfterAll
    static void stopTheFakeProvider() {
        FAKE.stop();
    }

    @BeforeEach
    void signIn() {
        FAKE.resetAll();
        admin = Accounts.admin();
    }

    @Test
    void thePublicCatalogueListsTheSeededPlansWithTheirLimits() {
        JsonPath plans = given().when().get("/api/v1/billing/plans").then().statusCode(200).extract().jsonPath();

        assertThat(plans.getList("code")).contains("free", "pro", "business");
        Map<String, Object> pro = plans.getMap("find { it.code == 'pro' }");
        assertThat(pro).containsEntry("name", "Pro").containsEntry("currency", "USD")
                .containsEntry("monthlyPrice", 1900).containsEntry("yearlyPrice", 19000);
        assertThat(plans.getInt("find { it.code == 'pro' }.limits.ai_runs.included")).isEqualTo(2000);
        assertThat(plans.getString("find { it.code == 'pro' }.limits.ai_runs.hardCap")).isNull();
        assertThat(plans.getList("find { it.code == 'pro' }.limits.ai_runs.overagePrice.tiers.amount"))
                .containsExactly(2, 1);
        assertThat(plans.getInt("find { it.code == 'free' }.limits.seats.hardCap")).isEqualTo(3);
        assertThat(plans.getMap("find { it.code == 'free' }.limits").keySet()).containsExactlyInAnyOrder(
                "llm_tokens", "llm_cost", "image_generations", "ai_runs", "storage_bytes", "seats");
    }

    @Test
    void editingAPlanMakesANewVersionWhileSubscriptionsKeepTheirs() {
        String plan = BillingFixtures.plan(500, Map.of("ai_runs", BillingFixtures.capped(10)));
        Tokens author = Accounts.author();
        String account = BillingFixtures.userId(author);
        BillingFixtures.assign(account, plan);

        admin.as().when().get("/api/v1/admin/billing/plans/" + plan).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1));
        admin.as().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"monthlyPrice\": 700, \"limits\": {\"ai_runs\": {\"included\": 20, \"hardCap\": 20}}}")
                .when().patch("/api/v1/admin/billing/plans/" + plan).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("monthlyPrice", equalTo(700))
                .body("limits.ai_runs.hardCap", equalTo(20)).body("name", equalTo("Test plan"));

        author.as().when().get("/api/v1/me/subscription").then().statusCode(200)
                .body("plan.id", equalTo(plan)).body("plan.version", equalTo(1)).body("plan.price", equalTo(500));
        author.as().when().get("/api/v1/me/usage").then().statusCode(200).body("metrics.ai_runs.limit", equalTo(10));
        admin.as().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"name\": \"Stale\"}").when().patch("/api/v1/admin/billing/plans/" + plan).then()
                .statusCode(412);
        admin.as().contentType("application/merge-patch+json").body("{\"name\": \"No version\"}")
                .when().patch("/api/v1/admin/billing/plans/" + plan).then().statusCode(428);
        admin.as().contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body("{\"currency\": \"EUR\"}").when().patch("/api/v1/admin/billing/plans/" + plan).then()
                .statusCode(400).body("errors.field", hasItem("currency"));
    }

    @Test
    void invalidPlansAreRefusedWithEveryFieldErrorAndNothingIsStored() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "Bad Code");
        body.put("name", "");
        body.put("currency", "XX");
        body.put("monthlyPrice", -1);
        body.put("yearlyPrice", 100);
        body.put("limits", Map.of("ai_runs", Map.of("included", 10, "hardCap", 5), "bananas", Map.of("included", 1),
                "seats", Map.of("included", 1, "overagePrice", Map.of("tiers", List.of(Map.of("upTo", 5,
                        "amount", 1))))));

        admin.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/billing/plans").then()
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("code", "name", "currency", "monthlyPrice", "limits.ai_runs",
                        "limits.bananas", "limits.seats"));
        Accounts.author().as().contentType(ContentType.JSON).body(Map.of("code", "x")).when()
                .post("/api/v1/admin/billing/plans").then().statusCode(403);
        given().when().get("/api/v1/admin/billing/plans").then().statusCode(401);
    }

    @Test
    void everyAccountHasASubscriptionOnTheDefaultPlanFromItsFirstUse() {
        Tokens author = Accounts.author();

        author.as().when().get("/api/v1/me/subscription").then().statusCode(200)
                .header("ETag", notNullValue()).body("plan.code", equalTo("business")).body("status", equalTo("active"))
                .body("interval", equalTo("month")).body("currentPeriodEnd", notNullValue())
                .body("pendingPlan", nullValue());
        JsonPath usage = author.as().when().get("/api/v1/me/usage").then().statusCode(200).extract().jsonPath();
        assertThat(usage.getMap("metrics").keySet()).containsExactlyInAnyOrder("llm_tokens", "llm_cost",
                "image_generations", "ai_runs", "storage_bytes", "seats");
        assertThat(usage.getInt("metrics.ai_runs.used")).isZero();
        assertThat(usage.getBoolean("metrics.seats.resets")).isFalse();
        given().when().get("/api/v1/me/usage").then().statusCode(401);
    }

    @Test
    void aRunOverTheQuotaIsRefusedWith402BeforeTheProviderIsCalled() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("An idea", 42, 12)));
        LlmSetup llm = new LlmSetup(admin, FAKE);
        Tokens author = Accounts.author();
        String account = BillingFixtures.userId(author);
        BillingFixtures.assign(account, BillingFixtures.plan(0, Map.of("ai_runs", BillingFixtures.capped(1))));
        String post = llm.post(author);

        author.as().contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/posts/" + post + "/actions/" + llm.action() + "/runs").then().statusCode(201)
                .body("status", equalTo("succeeded"));
        JsonPath refused = author.as().contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/posts/" + post + "/actions/" + llm.action() + "/runs").then().statusCode(402)
                .contentType("application/problem+json").extract().jsonPath();

        assertThat(refused.getString("type")).isEqualTo("https://blogflow.io/problems/quota-exceeded");
        assertThat(refused.getString("code")).isEqualTo("quota-exceeded");
        assertThat(refused.getString("metric")).isEqualTo("ai_runs");
        assertThat(refused.getLong("limit")).isEqualTo(1);
        assertThat(refused.getLong("used")).isEqualTo(1);
        assertThat(refused.getString("upgradeUrl")).isEqualTo("/api/v1/billing/plans");
        String periodEnd = author.as().when().get("/api/v1/me/subscription").then().extract().path("currentPeriodEnd");
        assertThat(Instant.parse(refused.getString("resetsAt"))).isEqualTo(Instant.parse(periodEnd));
        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));

        JsonPath usage = author.as().when().get("/api/v1/me/usage").then().statusCode(200).extract().jsonPath();
        assertThat(usage.getLong("metrics.ai_runs.used")).isEqualTo(1);
        assertThat(usage.getLong("metrics.ai_runs.reserved")).isZero();
        assertThat(usage.getLong("metrics.llm_tokens.used")).isEqualTo(54);
        assertThat(usage.getLong("metrics.llm_tokens.reserved")).isZero();
        assertThat(usage.getLong("metrics.llm_cost.used")).isEqualTo(14); // 0.0000135 USD, rounded up in micro-dollars
        admin.as().when().get("/api/v1/admin/billing/accounts/" + account + "/usage").then().statusCode(200)
                .body("metrics.ai_runs.used", equalTo(1));
        author.as().when().get("/api/v1/posts/" + post + "/runs").then().statusCode(200)
                .body("items.error.type", hasItem("quota-exceeded"));
    }

    @Test
    void aFailedGenerationGivesBackEverythingItReserved() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody("{\"error\": {\"message\": \"bad request\", \"type\": \"invalid\"}}")));
        LlmSetup llm = new LlmSetup(admin, FAKE);
        Tokens author = Accounts.author();
        String post = llm.post(author);

        author.as().contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/posts/" + post + "/actions/" + llm.action() + "/runs").then().statusCode(201)
                .body("status", equalTo("failed"));

        author.as().when().get("/api/v1/me/usage").then().statusCode(200)
                .body("metrics.ai_runs.used", equalTo(0)).body("metrics.ai_runs.reserved", equalTo(0))
                .body("metrics.llm_tokens.reserved", equalTo(0)).body("metrics.llm_cost.reserved", equalTo(0));
    }

    @Test
    void usersAnAdminCreatesTakeItsSeatsAndADeactivationGivesOneBack() {
        String adminId = BillingFixtures.userId(Accounts.admin());
        Tokens otherAdmin = Accounts.logIn(Accounts.newUser("admin"), Accounts.PASSWORD);
        String otherAdminId = BillingFixtures.userId(otherAdmin);
        BillingFixtures.assign(otherAdminId, BillingFixtures.plan(0, Map.of("seats", BillingFixtures.capped(1))));

        String first = createUser(otherAdmin).then().statusCode(201).extract().path("id");
        JsonPath refused = createUser(otherAdmin).then().statusCode(402).extract().jsonPath();
        assertThat(refused.getString("metric")).isEqualTo("seats");
        assertThat(refused.getString("resetsAt")).isNull();
        otherAdmin.as().when().get("/api/v1/me/usage").then().body("metrics.seats.used", equalTo(1));

        otherAdmin.as().when().post("/api/v1/admin/users/" + first + "/deactivate").then().statusCode(200);
        otherAdmin.as().when().get("/api/v1/me/usage").then().body("metrics.seats.used", equalTo(0));
        createUser(otherAdmin).then().statusCode(201);
        assertThat(adminId).isNotEqualTo(otherAdminId);
    }

    @Test
    void anUploadBeyondThePlansStorageIsRefusedAndNothingIsStored() {
        Tokens author = Accounts.author();
        BillingFixtures.assign(BillingFixtures.userId(author),
                BillingFixtures.plan(0, Map.of("storage_bytes", BillingFixtures.capped(100))));
        byte[] image = io.blogflow.images.bootstrap.BillingTestImages.png(64, 64);

        JsonPath refused = author.as().multiPart("file", "big.png", image, "image/png").when().post("/api/v1/media")
                .then().statusCode(402).extract().jsonPath();

        assertThat(refused.getString("metric")).isEqualTo("storage_bytes");
        assertThat(refused.getLong("limit")).isEqualTo(100);
        author.as().when().get("/api/v1/me/usage").then().body("metrics.storage_bytes.used", equalTo(0));
    }

    @Test
    void anUploadTakesItsBytesAndADeletionGivesThemBack() {
        Tokens author = Accounts.author();
        byte[] image = io.blogflow.images.bootstrap.BillingTestImages.png(48, 40);

        var stored = author.as().multiPart("file", "a.png", image, "image/png").when().post("/api/v1/media")
                .then().statusCode(201).extract();
        long size = ((Number) stored.path("sizeBytes")).longValue();
        author.as().when().get("/api/v1/me/usage").then().body("metrics.storage_bytes.used", equalTo((int) size));

        author.as().header("If-Match", stored.header("ETag")).when().delete("/api/v1/media/" + stored.path("id"))
                .then().statusCode(204);
        author.as().when().get("/api/v1/me/usage").then().body("metrics.storage_bytes.used", equalTo(0));
    }

    @Test
    void anUpgradeAppliesAtOnceWithProrationAndADowngradeWaitsForThePeriodEnd() {
        Tokens author = Accounts.author();
        String account = BillingFixtures.userId(author);
        BillingFixtures.assign(account, BillingFixtures.PRO);
        String version = author.as().when().get("/api/v1/me/subscription").then().statusCode(200)
                .body("plan.code", equalTo("pro")).extract().header("ETag");

        JsonPath upgraded = author.as().contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("planId", BillingFixtures.BUSINESS)).when().put("/api/v1/me/subscription/plan").then()
                .statusCode(200).extract().jsonPath();
        assertThat(upgraded.getString("plan.code")).isEqualTo("business");
        assertThat(upgraded.getList("upcoming.kind")).containsExactly("proration", "proration");
        assertThat(upgraded.getLong("upcoming[0].amount")).isBetween(-1900L, -1890L);
        assertThat(upgraded.getLong("upcoming[1].amount")).isBetween(9850L, 9900L);

        JsonPath downgraded = author.as().contentType(ContentType.JSON)
                .header("If-Match", "\"" + upgraded.getLong("version") + "\"")
                .body(Map.of("planId", BillingFixtures.FREE)).when().put("/api/v1/me/subscription/plan").then()
                .statusCode(200).extract().jsonPath();
        assertThat(downgraded.getString("plan.code")).isEqualTo("business");
        assertThat(downgraded.getString("pendingPlan.code")).isEqualTo("free");

        author.as().contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("planId", BillingFixtures.PRO)).when().put("/api/v1/me/subscription/plan").then()
                .statusCode(412);
        author.as().contentType(ContentType.JSON).body(Map.of("planId", BillingFixtures.PRO)).when()
                .put("/api/v1/me/subscription/plan").then().statusCode(428);
        admin.as().contentType(ContentType.JSON).body(Map.of("planId", UUID.randomUUID().toString())).when()
                .put("/api/v1/admin/billing/accounts/" + account + "/plan").then().statusCode(404);
        admin.as().contentType(ContentType.JSON).body(Map.of("planId", BillingFixtures.PRO)).when()
                .put("/api/v1/admin/billing/accounts/" + UUID.randomUUID() + "/plan").then().statusCode(404);
    }

    @Test
    void withoutAPaymentProviderCheckoutAndPortalSayPaymentsAreNotConfigured() {
        Tokens author = Accounts.author();

        author.as().contentType(ContentType.JSON).body(Map.of("planId", BillingFixtures.PRO, "successUrl",
                        "https://blog.example/ok", "cancelUrl", "https://blog.example/no"))
                .when().post("/api/v1/me/billing/checkout").then().statusCode(409)
                .body("code", equalTo("payments.not-configured"));
        author.as().contentType(ContentType.JSON).body(Map.of("returnUrl", "https://blog.example"))
                .when().post("/api/v1/me/billing/portal").then().statusCode(409);
        author.as().contentType(ContentType.JSON).body(Map.of("planId", BillingFixtures.PRO, "successUrl", "nope"))
                .when().post("/api/v1/me/billing/checkout").then().statusCode(400)
                .body("errors.field", hasItems("successUrl", "cancelUrl"));
    }

    private io.restassured.response.Response createUser(Tokens who) {
        return who.as().contentType(ContentType.JSON).body(Map.of("name", "Seat holder", "email",
                        "seat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                        "password", Accounts.PASSWORD, "role", "author"))
                .when().post("/api/v1/admin/users");
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String text, int in, int out) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1763892000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}"""
                .formatted(text, in, out, in + out));
    }
}
