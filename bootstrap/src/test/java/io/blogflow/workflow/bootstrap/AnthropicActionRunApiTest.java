package io.blogflow.workflow.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workflow action run through an {@code anthropic} provider, end to end: the provider type exists because
 * adapters-anthropic contributes it, and runs, retries, streaming and the interaction log work as for every type.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AnthropicActionRunApiTest {

    private static final String KEY = "sk-ant-" + UUID.randomUUID();
    private static final String MESSAGES = "/v1/messages";
    private static final WireMockServer FAKE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    private Tokens admin;
    private Tokens editor;
    private Tokens author;
    private String post;
    private String action;

    @BeforeAll
    static void startTheFakeAnthropic() {
        FAKE.start();
    }

    @AfterAll
    static void stopTheFakeAnthropic() {
        FAKE.stop();
    }

    @BeforeEach
    void aPostAndAnActionOnAClaudeModel() {
        FAKE.resetAll();
        admin = Accounts.admin();
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        author = Accounts.author();
        String provider = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Claude " + UUID.randomUUID(),
                        "type", "anthropic", "baseUrl", "http://127.0.0.1:" + FAKE.port() + "/v1", "authToken", KEY))
                .when().post("/api/v1/admin/llm/providers").then().statusCode(201)
                .body("type", org.hamcrest.Matchers.equalTo("anthropic")).extract().path("id");
        String model = admin.as().contentType(ContentType.JSON).body(Map.of("name", "claude-sonnet-4-5",
                        "inputPricePerMillion", 3, "outputPricePerMillion", 15)).when()
                .post("/api/v1/admin/llm/providers/" + provider + "/models").then().statusCode(201).extract()
                .path("id");
        String prompt = "anthropic-" + UUID.randomUUID().toString().substring(0, 8);
        editor.as().contentType(ContentType.JSON).body(Map.of("name", prompt, "systemPrompt",
                        "You are a sharp editor.", "template", "Give one angle on {{basicIdea}}."))
                .when().post("/api/v1/llm/prompts").then().statusCode(201);
        action = editor.as().contentType(ContentType.JSON).body(Map.of("name", "Angle " + UUID.randomUUID(),
                        "prompt", Map.of("name", prompt), "modelId", model, "temperature", 0.2, "maxTokens", 300,
                        "output", "basicIdea"))
                .when().post("/api/v1/actions").then().statusCode(201).extract().path("id");
        post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Rye " + System.nanoTime(),
                        "contentMarkdown", "Flour, water, time."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        author.as().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("basicIdea", "Why rye is sticky")).when()
                .patch("/api/v1/posts/" + post + "/workspace").then().statusCode(200);
    }

    @Test
    void aRunThroughAnAnthropicProviderSendsTheMessagesRequestAndLogsTokensAndCost() {
        FAKE.stubFor(post(MESSAGES).willReturn(message("Rye holds water", 40, 10)));

        JsonPath run = author.as().contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(201)
                .extract().jsonPath();

        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(run.getInt("inputTokens")).isEqualTo(40);
        assertThat(run.getInt("outputTokens")).isEqualTo(10);
        assertThat(new java.math.BigDecimal(run.getString("cost"))).isEqualByComparingTo("0.00027"); // 40×3 + 10×15 per million
        FAKE.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("x-api-key", equalTo(KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("300")))
                .withRequestBody(matchingJsonPath("$.system[0].text", equalTo("You are a sharp editor.")))
                .withRequestBody(matchingJsonPath("$.messages[0].content[0].text",
                        equalTo("Give one angle on Why rye is sticky."))));
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then().statusCode(200)
                .body("fields.basicIdea", org.hamcrest.Matchers.equalTo("Rye holds water"));
        JsonPath details = author.as().when().get("/api/v1/posts/" + post + "/runs/" + run.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(details.getString("interactions[0].finishReason")).isEqualTo("stop");
        assertThat(details.getInt("interactions[0].httpStatus")).isEqualTo(200);
    }

    @Test
    void anOverloadedAnthropicIsRetriedAndBothAttemptsAreLogged() {
        FAKE.stubFor(post(MESSAGES).inScenario("overloaded").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(529).withHeader("Content-Type", "application/json")
                        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))
                .willSetStateTo("recovered"));
        FAKE.stubFor(post(MESSAGES).inScenario("overloaded").whenScenarioStateIs("recovered")
                .willReturn(message("Second time lucky", 5, 3)));

        JsonPath run = author.as().contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(201)
                .extract().jsonPath();

        assertThat(run.getString("status")).isEqualTo("succeeded");
        assertThat(run.getInt("attempts")).isEqualTo(2);
        JsonPath details = author.as().when().get("/api/v1/posts/" + post + "/runs/" + run.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(details.getString("interactions[0].errorType")).isEqualTo("server-error");
        assertThat(details.getString("interactions[0].errorCode")).isEqualTo("overloaded_error");
        assertThat(details.getInt("interactions[0].httpStatus")).isEqualTo(529);
        assertThat(details.getString("interactions[1].status")).isEqualTo("succeeded");
    }

    @Test
    void aStreamedRunRelaysAnthropicsDeltas() {
        FAKE.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events("Rye ", "is ", "thirsty"))));

        String stream = author.as().contentType(ContentType.JSON).accept("text/event-stream").body("{}")
                .when().post("/api/v1/posts/" + post + "/actions/" + action + "/runs").then().statusCode(200)
                .extract().asString();

        List<String> names = new ArrayList<>();
        for (String line : stream.split("\n")) {
            if (line.startsWith("event:")) {
                names.add(line.substring(6).strip());
            }
        }
        assertThat(names).containsExactly("attempt", "token", "token", "token", "done");
        assertThat(stream).contains("\"status\":\"succeeded\"", "\"outputTokens\":3");
        author.as().when().get("/api/v1/posts/" + post + "/workspace").then().statusCode(200)
                .body("fields.basicIdea", org.hamcrest.Matchers.equalTo("Rye is thirsty"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder message(String text, int in,
                                                                                             int out) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"%s"}],"stop_reason":"end_turn","stop_sequence":null,
                 "usage":{"input_tokens":%d,"output_tokens":%d}}""".formatted(text, in, out));
    }

    /** Anthropic's stream: message_start with the input tokens, a delta per piece, message_delta with the rest. */
    private static String events(String... pieces) {
        StringBuilder body = new StringBuilder("""
                event: message_start
                data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":9,"output_tokens":1}}}

                event: content_block_start
                data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

                """);
        for (String piece : pieces) {
            body.append("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,")
                    .append("\"delta\":{\"type\":\"text_delta\",\"text\":\"").append(piece).append("\"}}\n\n");
        }
        return body.append("""
                event: content_block_stop
                data: {"type":"content_block_stop","index":0}

                event: message_delta
                data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":3}}

                event: message_stop
                data: {"type":"message_stop"}

                """).toString();
    }
}
