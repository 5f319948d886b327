package io.blogflow.images.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Image generation end to end: the catalogue's setting applied, the exact request each protocol is sent (WireMock
 * speaking the OpenAI Images API and AUTOMATIC1111's txt2img), the image stored as media with its prompt, and the
 * generation recorded whatever happened.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ImageGenerationApiTest {

    private static final String TOKEN = "sk-img-" + UUID.randomUUID();
    private static final String BLOG_HEADER_SETTING = "01900000-0000-7000-8000-000000000301";
    private static final String SQUARE_FORMAT = "01900000-0000-7000-8000-000000000201";
    private static final String WATERCOLOUR = "watercolour illustration, soft washes of colour, visible paper "
            + "texture, loose brushwork";
    private static final WireMockServer FAKE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    private Tokens admin;
    private Tokens author;
    private String post;
    private String section;

    @BeforeAll
    static void startTheFakeProvider() {
        FAKE.start();
    }

    @AfterAll
    static void stopTheFakeProvider() {
        FAKE.stop();
    }

    @BeforeEach
    void aPostWithASectionThatHasAnImagePrompt() {
        FAKE.resetAll();
        admin = Accounts.admin();
        author = Accounts.author();
        post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Bread " + System.nanoTime()))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        section = author.as().contentType(ContentType.JSON)
                .body(Map.of("fields", Map.of("heading", "Crust", "imagePrompts", List.of("A loaf on a table"))))
                .when().post("/api/v1/posts/" + post + "/sections").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSectionImageUsesItsPromptAndTheSettingAndIsStoredAsMedia() throws IOException {
        String model = model("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN, "dall-e-3");
        FAKE.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"created": 1763892000, "data": [{"b64_json": "%s", "revised_prompt": "A rustic loaf"}]}"""
                        .formatted(png(64, 40)))));

        JsonPath generation = generate(section, Map.of("settingId", BLOG_HEADER_SETTING, "modelId", model,
                "altText", "A loaf"), null).statusCode(201).extract().jsonPath();

        assertThat(generation.getString("status")).isEqualTo("succeeded");
        assertThat(generation.getString("prompt")).isEqualTo("A loaf on a table");
        assertThat(generation.getString("revisedPrompt")).isEqualTo("A rustic loaf");
        assertThat(generation.getInt("width")).isEqualTo(1536);
        FAKE.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"model": "dall-e-3", "prompt": "A loaf on a table, %s", "n": 1, "size": "1792x1024",
                         "response_format": "b64_json"}""".formatted(WATERCOLOUR), false, true)));
        String media = generation.getString("mediaId");
        author.as().when().get("/api/v1/media/" + media).then().statusCode(200)
                .body("generationPrompt", is("A loaf on a table")).body("altText", is("A loaf"))
                .body("width", is(64)).body("generationMetadata.model", is("dall-e-3"))
                .body("generationMetadata.setting", is("Blog header (default)"));
        author.as().when().get("/api/v1/posts/" + post + "/images/generations").then().statusCode(200)
                .body("total", is(1)).body("items[0].mediaId", is(media));
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstGenerationAndAProviderErrorIsRecordedNotThrown() throws IOException {
        String model = model("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN, "gpt-image-1");
        FAKE.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"boom\", \"type\": \"server_error\"}}")));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("prompt", "A bakery at dawn", "formatId", SQUARE_FORMAT, "modelId", model);

        String id = generate(null, body, key).statusCode(201).body("status", is("failed"))
                .body("errorType", is("server-error")).body("httpStatus", is(500))
                .body("mediaId", org.hamcrest.Matchers.nullValue()).extract().path("id");
        generate(null, body, key).statusCode(200).header("Idempotent-Replayed", "true").body("id", is(id));

        FAKE.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")));
    }

    @Test
    void anAsyncGenerationAnswers202ThenAJobStoresTheImageAndTellsItsStarter() throws IOException {
        String model = model("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN, "dall-e-3");
        FAKE.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"created\": 1763892000, \"data\": [{\"b64_json\": \"" + png(48, 48) + "\"}]}")));

        var accepted = author.as().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(Map.of("prompt", "A bakery at dawn", "formatId", SQUARE_FORMAT, "modelId", model)).when()
                .post("/api/v1/posts/" + post + "/images/generations").then().statusCode(202)
                .header("Preference-Applied", "respond-async").body("status", is("running")).extract();
        String id = accepted.path("id");
        String location = accepted.header("Location");
        assertThat(location).endsWith("/api/v1/posts/" + post + "/images/generations/" + id);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> !"running".equals(author.as().when()
                        .get(location).then().statusCode(200).extract().path("status")));
        String media = author.as().when().get(location).then().body("status", is("succeeded")).extract()
                .path("mediaId");
        author.as().when().get("/api/v1/media/" + media).then().statusCode(200)
                .body("generationPrompt", is("A bakery at dawn"));
        Map<String, Object> notice = notificationAbout(id);
        assertThat(notice).containsEntry("type", "image-generation.succeeded");
        assertThat(notice.get("data")).isEqualTo(Map.of("postId", post, "generationId", id, "status", "succeeded",
                "mediaId", media));
        FAKE.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")));
    }

    @Test
    void anAsyncGenerationThatFailsTellsItsStarterWhy() {
        String model = model("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN, "gpt-image-1");
        FAKE.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"boom\", \"type\": \"server_error\"}}")));

        String id = author.as().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(Map.of("prompt", "A bakery at dusk", "formatId", SQUARE_FORMAT, "modelId", model)).when()
                .post("/api/v1/posts/" + post + "/sections/" + section + "/images/generations").then()
                .statusCode(202).extract().path("id");

        Map<String, Object> notice = notificationAbout(id);
        assertThat(notice).containsEntry("type", "image-generation.failed");
        assertThat((String) notice.get("body")).contains("server-error");
        author.as().when().get("/api/v1/posts/" + post + "/images/generations/" + id).then()
                .body("status", is("failed")).body("errorType", is("server-error"));
    }

    @Test
    void automatic1111GetsTheFormatsSizeStepsAndGuidance() throws IOException {
        String model = model("automatic1111", "http://127.0.0.1:" + FAKE.port(), null, "sd-xl");
        FAKE.stubFor(post("/sdapi/v1/txt2img").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"images\": [\"" + png(32, 32) + "\"], \"parameters\": {}, \"info\": \"{}\"}")));

        generate(null, Map.of("prompt", "Sourdough starter", "formatId", SQUARE_FORMAT, "modelId", model), null)
                .statusCode(201).body("status", is("succeeded"));

        FAKE.verify(1, postRequestedFor(urlEqualTo("/sdapi/v1/txt2img")).withRequestBody(equalToJson("""
                {"prompt": "Sourdough starter", "width": 1024, "height": 1024, "steps": 30, "cfg_scale": 7.0}""",
                false, true)));
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsSentOrRecorded() {
        String chatModel = model("ollama", "http://127.0.0.1:" + FAKE.port(), null, "llama3.1:8b");
        String imageModel = model("openai", "http://127.0.0.1:" + FAKE.port() + "/v1", TOKEN, "dall-e-3");

        generate(null, Map.of("formatId", SQUARE_FORMAT, "modelId", imageModel), null).statusCode(400)
                .body("errors.code", org.hamcrest.Matchers.hasItem("prompt.required"));
        generate(section, Map.of("formatId", SQUARE_FORMAT, "modelId", chatModel), null).statusCode(400)
                .body("errors.code", org.hamcrest.Matchers.hasItem("model-id.not-an-image-model"));
        generate(section, Map.of("modelId", imageModel), null).statusCode(400)
                .body("errors.code", org.hamcrest.Matchers.hasItem("format-id.required"));
        generate(UUID.randomUUID().toString(), Map.of("formatId", SQUARE_FORMAT, "modelId", imageModel), null)
                .statusCode(404);
        Tokens stranger = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);
        stranger.as().contentType(ContentType.JSON).body(Map.of("prompt", "x", "formatId", SQUARE_FORMAT,
                "modelId", imageModel)).when().post("/api/v1/posts/" + post + "/images/generations").then()
                .statusCode(404);

        FAKE.verify(0, postRequestedFor(urlEqualTo("/v1/images/generations")));
        author.as().when().get("/api/v1/posts/" + post + "/images/generations").then().body("total", is(0));
    }

    /** The author's notification whose data names the generation (it is written with the outcome). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> notificationAbout(String generation) {
        java.util.concurrent.atomic.AtomicReference<Map<String, Object>> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> items = author.as().when().get("/api/v1/me/notifications?size=100").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            items.stream().filter(item -> generation.equals(((Map<String, Object>) item.get("data"))
                    .get("generationId"))).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    private ValidatableResponse generate(String sectionId, Map<String, Object> body, String key) {
        var request = author.as().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        String path = sectionId == null ? "/api/v1/posts/" + post + "/images/generations"
                : "/api/v1/posts/" + post + "/sections/" + sectionId + "/images/generations";
        return request.when().post(path).then();
    }

    private String model(String type, String baseUrl, String token, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("name", type + " " + UUID.randomUUID(), "type", type,
                "baseUrl", baseUrl));
        if (token != null) {
            body.put("authToken", token);
        }
        String provider = admin.as().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/admin/llm/providers").then().statusCode(201).extract().path("id");
        return admin.as().contentType(ContentType.JSON).body(Map.of("name", name)).when()
                .post("/api/v1/admin/llm/providers/" + provider + "/models").then().statusCode(201).extract()
                .path("id");
    }

    private static String png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 150, 90));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
