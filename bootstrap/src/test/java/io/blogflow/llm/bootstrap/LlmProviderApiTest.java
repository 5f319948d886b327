package io.blogflow.llm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.domain.SealedSecret;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin registry of LLM providers and their models, against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class LlmProviderApiTest {

    private static final String PROVIDERS = "/api/v1/admin/llm/providers";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SecretCipher cipher;

    private Tokens admin;

    @BeforeEach
    void anAdmin() {
        admin = Accounts.admin();
    }

    @Test
    void anAdminRegistersReadsUpdatesAndDeletesAProvider() {
        String name = name("Local Ollama");
        var created = create(provider(name, "ollama", "http://localhost:11434", null)).statusCode(201)
                .header("ETag", "\"0\"").body("name", equalTo(name)).body("type", equalTo("ollama"))
                .body("hasAuthToken", equalTo(false)).body("connectTimeoutMillis", equalTo(10000))
                .body("readTimeoutMillis", equalTo(120000)).body("enabled", equalTo(true)).extract();
        String location = created.header("Location");

        admin.as().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("baseUrl", equalTo("http://localhost:11434"));
        admin.as().when().get(PROVIDERS).then().statusCode(200).body("name", hasItem(name));

        Map<String, Object> changed = provider(name, "openai", "http://127.0.0.1:8000/v1", null);
        changed.put("readTimeoutMillis", 600000);
        changed.put("enabled", false);
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when().put(location)
                .then().statusCode(200).header("ETag", "\"1\"").body("type", equalTo("openai"))
                .body("readTimeoutMillis", equalTo(600000)).body("enabled", equalTo(false));

        admin.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(412);
        admin.as().when().delete(location).then().statusCode(428);
        admin.as().header("If-Match", "\"1\"").when().delete(location).then().statusCode(204);
        admin.as().when().get(location).then().statusCode(404).body("code", equalTo("llm-provider-not-found"));
    }

    @Test
    void theTokenIsStoredSealedAndNeverAnswered() throws SQLException {
        String token = "sk-test-" + UUID.randomUUID();
        String location = create(provider(name("OpenAI"), "openai", "http://127.0.0.1:9/v1", token)).statusCode(201)
                .body("hasAuthToken", equalTo(true)).body(not(containsText(token))).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        byte[] stored = sealedToken(id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(token).doesNotContain("sk-test");
        assertThat(cipher.open(new SealedSecret(stored), ("llm-provider:" + id).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(token);

        // PUT without authToken keeps it; every answer only says there is one
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(provider(name("OpenAI renamed"), "openai", "http://127.0.0.1:9/v1", null)).when().put(location)
                .then().statusCode(200).body("hasAuthToken", equalTo(true)).body(not(containsText(token)));
        assertThat(sealedToken(id)).isEqualTo(stored);
        admin.as().when().get(location).then().body(not(containsText(token)));
        admin.as().when().get(PROVIDERS).then().body(not(containsText(token)));

        // a new token is sealed afresh; "" removes it
        String rotated = "sk-rotated-" + UUID.randomUUID();
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(provider(name("OpenAI renamed"), "openai", "http://127.0.0.1:9/v1", rotated)).when().put(location)
                .then().statusCode(200).body("hasAuthToken", equalTo(true)).body(not(containsText(rotated)));
        assertThat(sealedToken(id)).isNotEqualTo(stored);
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(provider(name("OpenAI renamed"), "openai", "http://127.0.0.1:9/v1", "")).when().put(location)
                .then().statusCode(200).body("hasAuthToken", equalTo(false));
        assertThat(sealedToken(id)).isNull();

        String audit = admin.as().queryParam("targetId", id).queryParam("size", "50").when()
                .get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.action", hasItem("llm-provider.created")).extract().asString();
        assertThat(audit).contains("llm-provider.updated").contains("\"authTokenReplaced\":true")
                .doesNotContain(token).doesNotContain(rotated);
    }

    @Test
    void onlyAdminsReachTheRegistry() {
        Tokens author = Accounts.author();
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        for (Tokens someone : List.of(author, editor)) {
            someone.as().when().get(PROVIDERS).then().statusCode(403);
            someone.as().contentType(ContentType.JSON)
                    .body(provider(name("Sneaky"), "openai", "http://127.0.0.1:9", null))
                    .when().post(PROVIDERS).then().statusCode(403);
            someone.as().when().get(PROVIDERS + "/" + UUID.randomUUID() + "/models").then().statusCode(403);
        }
        io.restassured.RestAssured.given().when().get(PROVIDERS).then().statusCode(401);
    }

    @Test
    void baseUrlsOffTheAllowListOrNotHttpAreFieldErrors() {
        create(provider(name("Evil"), "openai", "https://api.evil.example/v1", null)).statusCode(400)
                .body("errors[0].field", equalTo("baseUrl"))
                .body("errors[0].code", equalTo("base-url.host-not-allowed"));
        create(provider(name("Metadata"), "openai", "http://169.254.169.254/latest", null)).statusCode(400)
                .body("errors[0].code", equalTo("base-url.host-not-allowed"));
        create(provider(name("File"), "openai", "file:///etc/passwd", null)).statusCode(400)
                .body("errors[0].field", equalTo("baseUrl")).body("errors[0].code", equalTo("base-url.invalid"));

        Map<String, Object> bad = provider(" ", "gemini", "http://localhost:1", null);
        bad.put("connectTimeoutMillis", 999);
        bad.put("readTimeoutMillis", 600001);
        create(bad).statusCode(400).body("errors.field",
                org.hamcrest.Matchers.containsInAnyOrder("name", "type", "connectTimeoutMillis", "readTimeoutMillis"));
    }

    @Test
    void namesAreUniqueIgnoringCaseAndStaleWritesAreRefused() {
        String name = name("Duplicate");
        String location = create(provider(name, "openai", "http://localhost:1", null)).statusCode(201)
                .extract().header("Location");
        create(provider(name.toUpperCase(), "ollama", "http://localhost:2", null)).statusCode(409)
                .body("code", equalTo("llm-provider.name-taken"));

        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(provider(name, "openai", "http://localhost:3", null)).when().put(location).then().statusCode(200);
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(provider(name, "openai", "http://localhost:4", null)).when().put(location).then().statusCode(412)
                .body("currentVersion", equalTo(1));
    }

    @Test
    void modelsBelongToTheirProviderAndBlockItsDeletionUnlessCascaded() {
        String provider = create(provider(name("Models"), "openai", "http://localhost:5/v1", null)).statusCode(201)
                .extract().header("Location");
        String models = provider + "/models";

        Map<String, Object> model = new HashMap<>();
        model.put("name", "gpt-4o-mini");
        model.put("description", "Small and fast");
        model.put("strengths", "Cheap drafts");
        model.put("weaknesses", "Long reasoning");
        model.put("defaultParams", Map.of("temperature", 0.7, "top_p", 1));
        model.put("inputPricePerMillion", 0.15);
        model.put("outputPricePerMillion", 0.6);
        String location = admin.as().contentType(ContentType.JSON).body(model).when().post(models).then()
                .statusCode(201).header("ETag", "\"0\"").body("name", equalTo("gpt-4o-mini"))
                .body("defaultParams.temperature", equalTo(0.7f)).body("inputPricePerMillion", equalTo(0.15f))
                .body("outputPricePerMillion", equalTo(0.6f)).body("enabled", equalTo(true))
                .extract().header("Location");

        admin.as().contentType(ContentType.JSON).body(model).when().post(models).then().statusCode(409)
                .body("code", equalTo("llm-model.name-taken"));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "has space", "inputPricePerMillion", -1,
                "outputPricePerMillion", 0.0000001)).when().post(models).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "inputPricePerMillion",
                        "outputPricePerMillion"));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "x", "defaultParams", List.of(1)))
                .when().post(models).then().statusCode(400);

        model.put("enabled", false);
        model.put("outputPricePerMillion", 999999.999999);
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(model).when().put(location)
                .then().statusCode(200).header("ETag", "\"1\"").body("enabled", equalTo(false));
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(model).when().put(location)
                .then().statusCode(412);
        admin.as().when().get(models).then().statusCode(200).body("name", equalTo(List.of("gpt-4o-mini")));

        // another provider's path does not reach the model
        String other = create(provider(name("Other"), "ollama", "http://localhost:6", null)).statusCode(201)
                .extract().header("Location");
        admin.as().when().get(other + "/models/" + location.substring(location.lastIndexOf('/') + 1))
                .then().statusCode(404).body("code", equalTo("llm-model-not-found"));

        admin.as().header("If-Match", "\"0\"").when().delete(provider).then().statusCode(409)
                .body("code", equalTo("llm-provider.has-models"));
        admin.as().when().get(location).then().statusCode(200);
        admin.as().header("If-Match", "\"0\"").when().delete(provider + "?cascade=true").then().statusCode(204);
        admin.as().when().get(location).then().statusCode(404);
        admin.as().when().get(models).then().statusCode(404).body("code", equalTo("llm-provider-not-found"));
    }

    @Test
    void deletingAModelNeedsItsCurrentVersion() {
        String provider = create(provider(name("Deletions"), "ollama", "http://localhost:7", null)).statusCode(201)
                .extract().header("Location");
        String location = admin.as().contentType(ContentType.JSON).body(Map.of("name", "llama3.1:8b"))
                .when().post(provider + "/models").then().statusCode(201)
                .body("inputPricePerMillion", equalTo(0f)).extract().header("Location");

        admin.as().header("If-Match", "\"5\"").when().delete(location).then().statusCode(412);
        admin.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(204);
        admin.as().header("If-Match", "\"0\"").when().delete(provider).then().statusCode(204);
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return admin.as().contentType(ContentType.JSON).body(body).when().post(PROVIDERS).then();
    }

    private static Map<String, Object> provider(String name, String type, String baseUrl, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("baseUrl", baseUrl);
        if (token != null) {
            body.put("authToken", token);
        }
        return body;
    }

    private byte[] sealedToken(String id) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT auth_token_sealed FROM llm_providers WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getBytes(1);
            }
        }
    }

    private static org.hamcrest.Matcher<String> containsText(String text) {
        return org.hamcrest.Matchers.containsString(text);
    }

    private static String name(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
