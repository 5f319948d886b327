package io.blogflow.workflow.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.HeldResponses;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.RecordingPauses;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop against the real database and a WireMock provider speaking the real protocols: prompt rendered
 * from the post's fields, the exact request sent, the answer written into the field, every attempt logged.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ActionRunApiTest {

    private static final String TOKEN = "sk-test-" + UUID.randomUUID();
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final HeldResponses HELD = new HeldResponses();
    private static final WireMockServer FAKE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .extensions(HELD));

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    RecordingPauses pauses;

    @Inject
    io.blogflow.workflow.application.service.RunActionJob runActionJob;

    private Tokens admin;
    private Tokens editor;
    private Tokens author;
    private String post;
    private String model;
    private String prompt;

    @BeforeAll
    static void startTheFakeProvider() {
        FAKE.start();
    }

    @AfterAll
    static void stopTheFakeProvider() {
        HELD.release();
        FAKE.stop();
    }

    @BeforeEach
    void aPostWithPlanningFieldsAndAnOpenAiCompatibleProvider() {
        FAKE.resetAll();
        HELD.release();
        pauses.clear();
        admin = Accounts.admin();
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        author = Accounts.author();
        String provider = provider("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN);
        model = model(provider, "gpt-4o-mini");
        prompt = prompt("You are a sharp editor.", "Give three angles on {{basicIdea}} for {{scope}}.");
        post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Sourdough " + System.nanoTime(),
                        "contentMarkdown", "Flour, water, time.", "metaDescription", "Why loaves fail"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("basicIdea", "Why sourdough fails", "scope", "home bakers",
                        "topicsToCover", List.of("the editor's own list")))
                .when().patch("/api/v1/posts/" + post + "/workspace").then().statusCode(200);
    }

    @Test
    void aRunSendsTheRenderedPromptWritesTheAnswerAndLogsTheCall() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("- Starter health\n- Flour\n- Time", 42, 12)));
        String action = action("topicsToCover", null);

        JsonPath run = run(action, null, null).statusCode(201).extract().jsonPath();

        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(run.getString("model")).isEqualTo("gpt-4o-mini");
        assertThat(run.getInt("inputTokens")).isEqualTo(42);
        assertThat(run.getInt("outputTokens")).isEqualTo(12);
        assertThat(new java.math.BigDecimal(run.getString("cost"))).isEqualByComparingTo("0.0000135"); // 42 × 0.15 + 12 × 0.60 per million
        assertThat(run.getList("previousValue")).containsExactly("the editor's own list");
        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"model": "gpt-4o-mini", "temperature": 0.2, "max_tokens": 300,
                         "messages": [{"role": "system", "content": "You are a sharp editor."},
                                      {"role": "user", "content": "Give three angles on Why sourdough fails for home bakers."}]}
                        """, false, true)));
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then().statusCode(200)
                .body("fields.topicsToCover", org.hamcrest.Matchers.equalTo(List.of("Starter health", "Flour", "Time")))
                .body("fields.basicIdea", org.hamcrest.Matchers.equalTo("Why sourdough fails"));
        // a private planning field: no public text changed, so no disclosure (and no review) is due
        author.as().when().get("/api/v1/posts/" + post).then().statusCode(200)
                .body("aiGenerated", org.hamcrest.Matchers.equalTo(false));

        JsonPath details = author.as().when().get("/api/v1/posts/" + post + "/runs/" + run.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(details.getList("interactions")).hasSize(1);
        assertThat(details.getString("interactions[0].input"))
                .isEqualTo("Give three angles on Why sourdough fails for home bakers.");
        assertThat(details.getString("interactions[0].promptName")).isEqualTo(prompt);
        assertThat(details.getInt("interactions[0].promptVersion")).isEqualTo(1);
        assertThat(details.getInt("interactions[0].httpStatus")).isEqualTo(200);
        assertThat(details.getString("interactions[0].finishReason")).isNotBlank();
        assertThat(details.getDouble("interactions[0].temperature")).isEqualTo(0.2);
        author.as().when().get("/api/v1/posts/" + post + "/runs").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].id", org.hamcrest.Matchers.equalTo(run.getString("id")));
    }

    @Test
    void aPostAnActionWroteIntoIsHeldForAnEditorsReviewWhenItsAuthorPublishes() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("An idea", 1, 1)));
        run(action("excerpt", null), null, null).statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("succeeded"));
        String version = author.as().when().get("/api/v1/posts/" + post).then().statusCode(200)
                .body("aiGenerated", org.hamcrest.Matchers.equalTo(true))
                .body("review.required", org.hamcrest.Matchers.equalTo(true)).extract().header("ETag");
        JsonPath revisions = author.as().when().get("/api/v1/posts/" + post + "/revisions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(revisions.getList("items.reason")).anyMatch(reason -> String.valueOf(reason).endsWith("wrote excerpt"));
        assertThat(revisions.getString("items.find { it.reason.endsWith('wrote excerpt') }.provenance")).isEqualTo("ai");
        assertThat(revisions.getString("items.find { it.reason == 'Created' }.provenance")).isEqualTo("human");

        author.as().header("If-Match", version).when().post("/api/v1/posts/" + post + "/publish").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("pending_review"));
    }

    @Test
    void adminsSeeEveryCallAndTheSpendPerModel() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("Spent", 1_000, 500)));
        run(action("basicIdea", null), null, null).statusCode(201);

        admin.as().queryParam("modelId", model).queryParam("status", "succeeded").when()
                .get("/api/v1/admin/llm/interactions").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].model", org.hamcrest.Matchers.equalTo("gpt-4o-mini"));
        JsonPath usage = admin.as().when().get("/api/v1/admin/llm/usage").then().statusCode(200).extract().jsonPath();
        Map<String, Object> mine = usage.getMap("models.find { it.modelId == '" + model + "' }");
        assertThat(mine).containsEntry("calls", 1).containsEntry("inputTokens", 1_000).containsEntry("failures", 0);
        assertThat(new java.math.BigDecimal(mine.get("cost").toString())).isEqualByComparingTo("0.00045");

        admin.as().queryParam("from", "2026-13-01").when().get("/api/v1/admin/llm/usage").then().statusCode(400)
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("from.invalid"));
        admin.as().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").when()
                .get("/api/v1/admin/llm/usage").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("to.not-after-from"));
        admin.as().queryParam("status", "maybe").when().get("/api/v1/admin/llm/interactions").then()
                .statusCode(400);
        author.as().when().get("/api/v1/admin/llm/usage").then().statusCode(403);
    }

    @Test
    void anActionWritesThePostsOwnTextAsAnUpdateWithARevision() {
        prompt = prompt(null, "Write the article \"{{title}}\" about {{basicIdea}}.");
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("# Sourdough\n\nStarters need time.", 30, 8)));
        String title = author.as().when().get("/api/v1/posts/" + post).then().extract().path("title");

        run(action("content", null), null, null).statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("succeeded"))
                .body("previousValue", org.hamcrest.Matchers.equalTo("Flour, water, time."));

        FAKE.verify(postRequestedFor(urlEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath(
                "$.messages[0].content", equalTo("Write the article \"" + title + "\" about Why sourdough fails."))));
        author.as().when().get("/api/v1/posts/" + post).then().statusCode(200)
                .body("contentMarkdown", org.hamcrest.Matchers.equalTo("# Sourdough\n\nStarters need time."))
                .body("aiGenerated", org.hamcrest.Matchers.equalTo(true));
        JsonPath revisions = author.as().when().get("/api/v1/posts/" + post + "/revisions").then().extract().jsonPath();
        assertThat(revisions.getList("items.reason")).anyMatch(reason -> String.valueOf(reason).endsWith("wrote content"));

        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("x".repeat(250), 1, 1)));
        run(action("title", null), null, null).statusCode(201).body("status", org.hamcrest.Matchers.equalTo("failed"))
                .body("error.type", org.hamcrest.Matchers.equalTo("output-invalid"));
        author.as().when().get("/api/v1/posts/" + post).then().body("title", org.hamcrest.Matchers.equalTo(title));
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstRunInsteadOfGeneratingAgain() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("Once", 5, 1)));
        String action = action("basicIdea", null);
        String key = UUID.randomUUID().toString();

        String first = run(action, null, key).statusCode(201).extract().path("id");
        run(action, null, key).statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(first));

        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
        String other = action("scope", null);
        run(other, null, key).statusCode(400).body("code", org.hamcrest.Matchers.equalTo("idempotency-key.reused"));
        run(action, null, "has spaces").statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("idempotency-key.invalid"));
    }

    @Test
    void aRunLeftRunningByAStoppedInstanceNoLongerBlocksItsKey() throws java.sql.SQLException {
        String action = action("basicIdea", null);
        String key = "left-" + UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO workflow_action_runs (id, post_id, action_id, output_field, idempotency_key, actor_id,
                    streamed, status, started_at)
                SELECT gen_random_uuid(), ?::uuid, ?::uuid, 'basicIdea', ?, author_id, false, 'running',
                       now() - interval '3 hours' FROM posts WHERE id = ?::uuid""")) {
            insert.setString(1, post);
            insert.setString(2, action);
            insert.setString(3, key);
            insert.setString(4, post);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }

        run(action, null, key).statusCode(200).header("Idempotent-Replayed", "true")
                .body("status", org.hamcrest.Matchers.equalTo("failed"))
                .body("error.type", org.hamcrest.Matchers.equalTo("abandoned"));
        FAKE.verify(0, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void retryableFailuresAreRetriedHonouringRetryAfterAndEveryAttemptIsLogged() {
        FAKE.stubFor(post(COMPLETIONS).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"))
                .willSetStateTo("rate-limited"));
        FAKE.stubFor(post(COMPLETIONS).inScenario("flaky").whenScenarioStateIs("rate-limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"slow down\",\"type\":\"requests\","
                                + "\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("healthy"));
        FAKE.stubFor(post(COMPLETIONS).inScenario("flaky").whenScenarioStateIs("healthy")
                .willReturn(completion("Third time lucky", 7, 3)));
        String action = action("basicIdea", null);

        JsonPath run = run(action, null, null).statusCode(201).extract().jsonPath();

        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(run.getInt("attempts")).isEqualTo(3);
        assertThat(pauses.taken()).as("a backoff after the 500, then exactly the Retry-After").hasSize(2)
                .last().isEqualTo(Duration.ofSeconds(1));
        JsonPath details = details(run.getString("id"));
        assertThat(details.getList("interactions.errorType")).containsExactly("server-error", "rate-limited", null);
        assertThat(details.getList("interactions.httpStatus")).containsExactly(500, 429, 200);
        assertThat(details.getString("interactions[1].errorCode")).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void anAsyncRunAnswers202ThenAJobWritesTheAnswerAndTellsItsStarter() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("- Crumb\n- Crust", 7, 3).withFixedDelay(500)));
        String action = action("topicsToCover", null);
        String key = UUID.randomUUID().toString();

        var accepted = author.as().contentType(ContentType.JSON).body(Map.of()).header("Idempotency-Key", key)
                .header("Prefer", "respond-async").when()
                .post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(202)
                .header("Preference-Applied", "respond-async")
                .body("status", org.hamcrest.Matchers.equalTo("running")).extract();
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/posts/" + post + "/runs/" + id);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"running".equals(details(id).getString("run.status")));
        JsonPath run = details(id);
        assertThat(run.getString("run.status")).isEqualTo("succeeded");
        assertThat(run.getInt("run.inputTokens")).isEqualTo(7);
        assertThat(run.getList("interactions")).hasSize(1);
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then().statusCode(200)
                .body("fields.topicsToCover", org.hamcrest.Matchers.equalTo(List.of("Crumb", "Crust")));
        Map<String, Object> notice = notificationAbout(id);
        assertThat(notice).containsEntry("type", "action-run.succeeded")
                .containsEntry("link", "/api/v1/posts/" + post + "/runs/" + id);

        author.as().contentType(ContentType.JSON).body(Map.of()).header("Idempotency-Key", key)
                .header("Prefer", "respond-async").when()
                .post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("id", org.hamcrest.Matchers.equalTo(id));

        // The job runs at least once: run again (as after a crash before the queue recorded success), it finds the
        // run finished and neither generates nor notifies a second time.
        String authorId = author.as().when().get("/api/v1/me").then().extract().path("id");
        runActionJob.handle(new io.blogflow.workflow.application.service.RunActionJob.Payload(UUID.fromString(id),
                UUID.fromString(post), UUID.fromString(action), null,
                        new io.blogflow.shared.application.port.in.ActorRef(UUID.fromString(authorId), false, true)),
                new io.blogflow.shared.application.port.in.JobHandler.Attempt(
                        new io.blogflow.shared.domain.job.JobId(UUID.randomUUID()), 2, 3));
        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
        List<Object> aboutTheRun = author.as().when().get("/api/v1/me/notifications?size=100").then().extract()
                .jsonPath().getList("items.findAll { it.data.runId == '" + id + "' }");
        assertThat(aboutTheRun).hasSize(1);
    }

    @Test
    void anAsyncRunThatFailsIsRecordedAndItsStarterIsToldWhy() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_error\","
                        + "\"code\":\"invalid_api_key\"}}")));
        String action = action("topicsToCover", null);

        String id = author.as().contentType(ContentType.JSON).body(Map.of()).header("Prefer", "wait=5, respond-async")
                .when().post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(202)
                .extract().path("id");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"running".equals(details(id).getString("run.status")));
        JsonPath run = details(id);
        assertThat(run.getString("run.status")).isEqualTo("failed");
        assertThat(run.getString("run.error.type")).isEqualTo("authentication");
        Map<String, Object> notice = notificationAbout(id);
        assertThat(notice).containsEntry("type", "action-run.failed");
        assertThat((String) notice.get("body")).contains("authentication");
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then()
                .body("fields.topicsToCover", org.hamcrest.Matchers.equalTo(List.of("the editor's own list")));
    }

    @Test
    void anAsyncRunIsRefusedLikeASynchronousOneBeforeAnythingIsQueued() {
        String action = action("topicsToCover", null);
        author.as().contentType(ContentType.JSON).body(Map.of("sectionId", UUID.randomUUID().toString()))
                .header("Prefer", "respond-async").when()
                .post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(400);
        author.as().contentType(ContentType.JSON).body(Map.of()).header("Prefer", "respond-async").when()
                .post("/api/v1/posts/" + UUID.randomUUID() + "/actions/" + action + "/runs").then().statusCode(404);
        author.as().when().get("/api/v1/posts/" + post + "/runs").then()
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aProviderErrorLeavesTheFieldAndThePostUntouchedAndTheRunSaysWhy() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_error\","
                        + "\"code\":\"invalid_api_key\"}}")));
        String action = action("topicsToCover", null);

        run(action, null, null).statusCode(201).body("status", org.hamcrest.Matchers.equalTo("failed"))
                .body("error.type", org.hamcrest.Matchers.equalTo("authentication"))
                .body("error.httpStatus", org.hamcrest.Matchers.equalTo(401))
                .body("error.code", org.hamcrest.Matchers.equalTo("invalid_api_key"))
                .body("attempts", org.hamcrest.Matchers.equalTo(1)).body("output", nullValue());

        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then()
                .body("fields.topicsToCover", org.hamcrest.Matchers.equalTo(List.of("the editor's own list")));
        author.as().when().get("/api/v1/posts/" + post).then()
                .body("aiGenerated", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aMalformedAnswerFailsTheRunWithoutRetrying() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"not\": \"a completion\"")));

        run(action("basicIdea", null), null, null).statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("failed"))
                .body("error.type", org.hamcrest.Matchers.equalTo("malformed-response"));

        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void whenTheModelIsGoneTheFallbackModelAnswers() {
        String provider = provider("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN);
        String fallback = model(provider, "gpt-4o");
        FAKE.stubFor(post(COMPLETIONS).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The model does not exist\",\"code\":\"model_not_found\"}}")));
        FAKE.stubFor(post(COMPLETIONS).withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o")))
                .willReturn(completion("From the fallback", 3, 3)));

        JsonPath run = run(action("basicIdea", fallback), null, null).statusCode(201).extract().jsonPath();

        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(run.getString("model")).isEqualTo("gpt-4o");
        JsonPath details = details(run.getString("id"));
        assertThat(details.getList("interactions.fallback")).containsExactly(false, true);
        assertThat(details.getList("interactions.errorType")).containsExactly("not-found", null);
    }

    @Test
    void aFieldEditedWhileGeneratingIsNotOverwrittenAndTheAnswerIsKeptInTheRun() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("- Generated", 1, 1).withTransformers(HeldResponses.NAME)));
        String action = action("topicsToCover", null);
        HELD.hold();

        CompletableFuture<JsonPath> running = CompletableFuture.supplyAsync(
                () -> run(action, null, null).statusCode(201).extract().jsonPath());
        awaitProviderCalled();
        author.as().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("topicsToCover", List.of("edited meanwhile")))
                .when().patch("/api/v1/posts/" + post + "/workspace").then().statusCode(200);
        HELD.release();
        JsonPath run = running.join();

        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getString("error.type")).isEqualTo("conflict");
        assertThat(run.getString("output")).isEqualTo("- Generated");
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then()
                .body("fields.topicsToCover", org.hamcrest.Matchers.equalTo(List.of("edited meanwhile")));
    }

    @Test
    void aPostTrashedWhileGeneratingKeepsItsFieldsAndTheRunIsRefused() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("Too late", 1, 1).withTransformers(HeldResponses.NAME)));
        String action = action("basicIdea", null);
        HELD.hold();

        CompletableFuture<JsonPath> running = CompletableFuture.supplyAsync(
                () -> run(action, null, null).statusCode(201).extract().jsonPath());
        awaitProviderCalled();
        author.as().header("If-Match", "\"0\"").when().delete("/api/v1/posts/" + post).then().statusCode(204);
        HELD.release();
        JsonPath run = running.join();

        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getString("error.type")).isEqualTo("refused");
        assertThat(run.getString("error.code")).isEqualTo("post-not-found");
        try (var connection = dataSource.getConnection();
             var read = connection.prepareStatement("SELECT fields->>'basicIdea' FROM post_workspaces WHERE post_id = ?::uuid")) {
            read.setString(1, post);
            var rows = read.executeQuery();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Why sourdough fails");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theStreamingVariantSendsTokensAsTheyArriveAndStoresTheResultTheSameWay() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(sse("Bread ", "needs ", "time"))));
        String action = action("basicIdea", null);

        String stream = author.as().contentType(ContentType.JSON).accept("text/event-stream").body("{}")
                .when().post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(200)
                .extract().asString();

        List<String> events = new ArrayList<>();
        List<String> data = new ArrayList<>();
        for (String line : stream.split("\n")) {
            if (line.startsWith("event:")) {
                events.add(line.substring(6).strip());
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            }
        }
        assertThat(events).containsExactly("attempt", "token", "token", "token", "done");
        assertThat(data.subList(1, 4)).containsExactly("{\"text\":\"Bread \"}", "{\"text\":\"needs \"}",
                "{\"text\":\"time\"}");
        JsonPath done = new JsonPath(data.get(4));
        assertThat(done.getString("status")).isEqualTo("succeeded");
        assertThat(done.getBoolean("streamed")).isTrue();
        assertThat(done.getInt("outputTokens")).isEqualTo(3);
        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)).withRequestBody(equalToJson(
                "{\"stream\": true, \"stream_options\": {\"include_usage\": true}}", false, true)));
        assertThat(details(done.getString("id")).getLong("interactions[0].timeToFirstTokenMillis")).isNotNull();
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then()
                .body("fields.basicIdea", org.hamcrest.Matchers.equalTo("Bread needs time"));
    }

    @Test
    void aSectionActionOnAnOllamaModelWritesIntoTheSection() {
        String ollama = provider("ollama", "http://127.0.0.1:" + FAKE.port(), null);
        String llama = model(ollama, "llama3.1:8b");
        prompt = prompt(null, "Draft a section headed {{heading}} about {{basicIdea}}.");
        FAKE.stubFor(post("/api/chat").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"model":"llama3.1:8b","created_at":"2026-11-23T10:00:00Z",
                         "message":{"role":"assistant","content":"Starters are alive."},
                         "done":true,"done_reason":"stop","prompt_eval_count":20,"eval_count":5}""")));
        String section = author.as().contentType(ContentType.JSON).body(Map.of("fields", Map.of("heading", "Starter")))
                .when().post("/api/v1/posts/" + post + "/sections").then().statusCode(201).extract().path("id");
        String action = actionOn(llama, "firstDraft", null);

        run(action, null, null).statusCode(400).body("code", org.hamcrest.Matchers.equalTo("section-id.invalid"));
        run(action, section, null).statusCode(201).body("status", org.hamcrest.Matchers.equalTo("succeeded"))
                .body("inputTokens", org.hamcrest.Matchers.equalTo(20))
                .body("sectionId", org.hamcrest.Matchers.equalTo(section));

        FAKE.verify(1, postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
                {"model": "llama3.1:8b", "stream": false, "options": {"temperature": 0.2, "num_predict": 300},
                 "messages": [{"role": "user", "content": "Draft a section headed Starter about Why sourdough fails."}]}
                """, false, true)));
        author.as().when().get("/api/v1/posts/" + post + "/sections/" + section).then()
                .body("fields.firstDraft", org.hamcrest.Matchers.equalTo("Starters are alive."));
    }

    @Test
    void altTextSuggestionsForASectionsImagesComeFromAnOrdinaryAction() {
        prompt = prompt(null, "Suggest alt texts for images of: {{imagePrompts}}");
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("1. A round loaf on a board\n2. Flour dust", 9, 9)));
        String section = author.as().contentType(ContentType.JSON)
                .body(Map.of("fields", Map.of("imagePrompts", List.of("A loaf on a table", "Flour in the air"))))
                .when().post("/api/v1/posts/" + post + "/sections").then().statusCode(201).extract().path("id");

        run(action("imageAltTexts", null), section, null).statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("succeeded"));

        FAKE.verify(postRequestedFor(urlEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath("$.messages[0].content",
                equalTo("Suggest alt texts for images of: - A loaf on a table\n- Flour in the air"))));
        author.as().when().get("/api/v1/posts/" + post + "/sections/" + section).then().body("fields.imageAltTexts",
                org.hamcrest.Matchers.equalTo(List.of("A round loaf on a board", "Flour dust")));
    }

    @Test
    void refusalsBeforeARunChangeNothingAndCallNoProvider() {
        String action = action("basicIdea", null);
        String runs = "/api/v1/posts/" + post + "/actions/";

        author.as().contentType(ContentType.JSON).body("{}").when().post(runs + UUID.randomUUID() + "/runs")
                .then().statusCode(404).body("code", org.hamcrest.Matchers.equalTo("action-not-found"));
        author.as().contentType(ContentType.JSON).body("{}").when().post(runs + "not-a-uuid/runs")
                .then().statusCode(404);
        run(action, UUID.randomUUID().toString(), null).statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("section-id.invalid"));
        Tokens stranger = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);
        stranger.as().contentType(ContentType.JSON).body("{}").when().post(runs + action + "/runs")
                .then().statusCode(404);
        author.as().contentType(ContentType.JSON).body("{\"sectionId\": 5}").when().post(runs + action + "/runs")
                .then().statusCode(400);
        author.as().when().get("/api/v1/posts/" + post + "/runs/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("run-not-found"));

        FAKE.verify(0, postRequestedFor(urlEqualTo(COMPLETIONS)));
        author.as().when().get("/api/v1/posts/" + post + "/runs").then()
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    // ---- helpers

    private ValidatableResponse run(String action, String section, String key) {
        var request = author.as().contentType(ContentType.JSON)
                .body(section == null ? Map.of() : Map.of("sectionId", section));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then();
    }

    /** The author's notification whose data names the run (waits for it: it is written with the outcome). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> notificationAbout(String run) {
        java.util.concurrent.atomic.AtomicReference<Map<String, Object>> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> items = author.as().when().get("/api/v1/me/notifications?size=100").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            items.stream().filter(item -> run.equals(((Map<String, Object>) item.get("data")).get("runId")))
                    .findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    private JsonPath details(String run) {
        return author.as().when().get("/api/v1/posts/" + post + "/runs/" + run).then().statusCode(200).extract()
                .jsonPath();
    }

    private String provider(String type, String baseUrl, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("name", type + " " + UUID.randomUUID(), "type", type,
                "baseUrl", baseUrl));
        if (token != null) {
            body.put("authToken", token);
        }
        return admin.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/llm/providers").then()
                .statusCode(201).extract().path("id");
    }

    private String model(String provider, String name) {
        return admin.as().contentType(ContentType.JSON).body(Map.of("name", name, "inputPricePerMillion", 0.15,
                        "outputPricePerMillion", 0.60)).when()
                .post("/api/v1/admin/llm/providers/" + provider + "/models").then().statusCode(201).extract()
                .path("id");
    }

    private String prompt(String system, String template) {
        String name = "run-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "template", template));
        if (system != null) {
            body.put("systemPrompt", system);
        }
        editor.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/llm/prompts").then()
                .statusCode(201);
        return name;
    }

    private String action(String output, String fallbackModel) {
        return actionOn(model, output, fallbackModel);
    }

    private String actionOn(String modelId, String output, String fallbackModel) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Run " + UUID.randomUUID());
        body.put("prompt", Map.of("name", prompt));
        body.put("modelId", modelId);
        body.put("temperature", 0.2);
        body.put("maxTokens", 300);
        body.put("output", output);
        if (fallbackModel != null) {
            body.put("fallbackModelId", fallbackModel);
        }
        return editor.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/actions").then()
                .statusCode(201).extract().path("id");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String text, int in,
                                                                                                int out) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1763892000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}"""
                .formatted(quoted(text), in, out, in + out));
    }

    /** OpenAI's stream: a chunk per piece, then the usage chunk (no choices), then [DONE]. */
    private static String sse(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            body.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1763892000,")
                    .append("\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quoted(piece)).append("},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1763892000,")
                .append("\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n")
                .append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1763892000,")
                .append("\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,")
                .append("\"completion_tokens\":3,\"total_tokens\":12}}\n\n")
                .append("data: [DONE]\n\n");
        return body.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Waits until the fake holds the provider call: the run is then mid-generation, and stays so until released. */
    private static void awaitProviderCalled() {
        await().atMost(Duration.ofSeconds(60)).until(() -> HELD.arrived() >= 1);
    }
}
