package io.blogflow.comments.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.blogflow.comments.domain.ModerationAnswer;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM moderation check against the real database and a WireMock provider speaking OpenAI's chat completions:
 * the model's HOLD lands the comment pending with its reasons in the moderation queue, its OK leaves the comment to
 * the usual rules (here: signed-in users are approved at once), and a provider that fails holds the comment with
 * {@code llm-moderation-unavailable} rather than losing or publishing it (so does one that does not answer in time).
 */
@QuarkusTest
@TestProfile(CommentLlmModerationApiTest.LlmModerationOn.class)
@WithTestResource(PostgresTestResource.class)
class CommentLlmModerationApiTest {

    static final String PROMPT = "comment-moderation-test";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String QUEUE = "/api/v1/comments";
    private static final WireMockServer FAKE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    public static class LlmModerationOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blogflow.comments.llm-moderation.prompt", PROMPT,
                    "blogflow.comments.llm-moderation.timeout", "1s",
                    "blogflow.comments.auto-approve-signed-in", "true");
        }
    }

    @Inject
    AdjustableClock clock;

    private Tokens author;
    private String post;

    @BeforeAll
    static void startTheFakeProvider() {
        FAKE.start();
    }

    @AfterAll
    static void stopTheFakeProvider() {
        FAKE.stop();
    }

    /** A provider of its own per test (a failing one opens its circuit), the prompt's production version on it. */
    @BeforeEach
    void aModerationPromptOnAFreshProviderAndAPublishedPost() {
        FAKE.resetAll();
        Tokens admin = Accounts.admin();
        String provider = admin.as().contentType(ContentType.JSON).body(Map.of("name", "moderation "
                        + UUID.randomUUID(), "type", "openai", "baseUrl", "http://127.0.0.1:" + FAKE.port() + "/v1",
                        "authToken", "sk-moderation"))
                .when().post("/api/v1/admin/llm/providers").then().statusCode(201).extract().path("id");
        String model = admin.as().contentType(ContentType.JSON).body(Map.of("name", "gpt-4o-mini",
                        "inputPricePerMillion", 0.15, "outputPricePerMillion", 0.60))
                .when().post("/api/v1/admin/llm/providers/" + provider + "/models").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> version = Map.of("systemPrompt", "You moderate a blog's comments. Answer OK, or HOLD "
                        + "with one reason per line.",
                "template", "Post: {{title}}\nFrom: {{authorName}} {{authorUrl}}\nComment:\n{{comment}}",
                "parameters", Map.of("modelId", model, "temperature", 0, "maxTokens", 120));
        if (admin.as().when().get("/api/v1/llm/prompts/" + PROMPT).then().extract().statusCode() == 404) {
            admin.as().contentType(ContentType.JSON).body(with(version, "name", PROMPT))
                    .when().post("/api/v1/llm/prompts").then().statusCode(201);
        } else {
            admin.as().contentType(ContentType.JSON).body(with(version, "labels", List.of("production")))
                    .when().post("/api/v1/llm/prompts/" + PROMPT + "/versions").then().statusCode(201);
        }
        author = Accounts.author();
        post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Moderated tides "
                        + UUID.randomUUID().toString().substring(0, 6), "contentMarkdown", "# Tides\n\nText.",
                        "metaDescription", "Tides."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        author.as().header("If-Match", "\"0\"").when().post("/api/v1/posts/" + post + "/publish").then()
                .statusCode(200);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aCommentTheModelHoldsWaitsForAModeratorWithTheModelsReasons() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("HOLD: Insults the author\n- Shares a phone number")));

        String id = submit("Ada", "You clown, call me on 555-0100.").statusCode(201)
                .body("state", equalTo("pending")).extract().path("id");

        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("You clown, call me on 555-0100.")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Moderated tides"))));
        author.as().queryParam("state", "pending").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].moderationReasons", equalTo(List.of("Insults the author", "Shares a phone number")))
                .body("items[0].spamReasons", empty());
        author.as().when().post(QUEUE + "/" + id + "/approve").then().statusCode(200)
                .body("state", equalTo("approved"));
    }

    @Test
    void aCommentTheModelFindsOkFollowsTheUsualRules() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("OK")));

        String id = submit("Bob", "Lovely tides.").statusCode(201).body("state", equalTo("approved"))
                .extract().path("id");

        FAKE.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
        author.as().queryParam("state", "approved").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].moderationReasons", empty());
    }

    @Test
    void whenTheProviderFailsTheCommentIsHeldNotLost() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(503)));

        String id = submit("Cy", "Lovely tides, again.").statusCode(201).body("state", equalTo("pending"))
                .extract().path("id");

        author.as().queryParam("state", "pending").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].moderationReasons", equalTo(List.of(ModerationAnswer.UNAVAILABLE)));
    }

    @Test
    void whenTheProviderTimesOutTheCommentIsHeldNotPublished() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("OK").withFixedDelay(4_000)));

        String id = submit("Eve", "Lovely tides, slowly.").statusCode(201).body("state", equalTo("pending"))
                .extract().path("id");

        author.as().queryParam("state", "pending").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].moderationReasons", equalTo(List.of(ModerationAnswer.UNAVAILABLE)));
    }

    @Test
    void spamIsNotShownToTheModel() {
        FAKE.stubFor(post(COMPLETIONS).willReturn(completion("OK")));
        Map<String, Object> comment = comment("Dee", "Buy now.");
        comment.put("homepage", "http://bot.example");

        send(comment).statusCode(201).body("state", equalTo("pending"));

        FAKE.verify(0, postRequestedFor(urlEqualTo(COMPLETIONS)));
        author.as().queryParam("state", "spam").queryParam("postId", post).when().get(QUEUE).then()
                .statusCode(200).body("items[0].spamReasons", equalTo(List.of("honeypot")))
                .body("items[0].moderationReasons", empty());
    }

    /** A signed-in commenter of their own (the per-visitor rate limit), after a person's pause on the form. */
    private ValidatableResponse submit(String name, String body) {
        return send(comment(name, body));
    }

    private ValidatableResponse send(Map<String, Object> comment) {
        Tokens reader = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);
        comment.put("formToken", Accounts.fromSomewhere().when().get("/api/v1/public/posts/" + post
                + "/comments/form").then().statusCode(200).extract().path("formToken"));
        clock.advance(Duration.ofSeconds(5));
        return reader.as().contentType(ContentType.JSON).body(comment)
                .when().post("/api/v1/public/posts/" + post + "/comments").then();
    }

    private static Map<String, Object> comment(String name, String body) {
        return new java.util.HashMap<>(Map.of("authorName", name, "body", body));
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static ResponseDefinitionBuilder completion(String text) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1763892000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":40,"completion_tokens":8,"total_tokens":48}}"""
                .formatted("\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\""));
    }
}
