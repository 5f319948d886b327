package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogflow.identity.bootstrap.Accounts;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against every operation of the published document, from a fixed seed: malformed ids, hostile
 * text (NUL, huge, injection-looking), wrong JSON types, deep nesting, broken bodies. None may answer a server error
 * (a 503 with Retry-After is an honest "later", not a failure). Runs on a database of its own (its own profile), as
 * an admin, so it reaches every operation and its leftovers disturb no other test. New endpoints are covered as soon
 * as they are in the document.
 */
@QuarkusTest
@TestProfile(HostileRequestsFuzzTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
class HostileRequestsFuzzTest {

    /** Quarkus' default quarkus.http.limits.max-initial-line-length. */
    private static final int MAX_INITIAL_LINE_LENGTH = 4096;

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"io.blogflow.fuzz\".level", "INFO");
        }
    }

    private static final long SEED = 20_261_205L;
    private static final int REQUESTS_PER_OPERATION = 5;
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 60_000)
                    .setParam("http.connection.timeout", 10_000));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE_TEXT = List.of("\u0000", "a\u0000b", "x".repeat(10_000), "' OR 1=1 --",
            "../../etc/passwd", "\uD83D\uDE00", "-1", "99999999999999999999999", "", " ", "{", "null", "%00",
            "<script>alert(1)</script>", "\uFFFF", "2026-02-30T25:61:00Z");

    private final Random random = new Random(SEED);

    @Test
    void noOperationAnswersAServerErrorToHostileInput() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Map<String, JsonNode> operations = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(op.getKey()) && !streams(op.getValue())) {
                operations.put(path.getKey() + " " + op.getKey().toUpperCase(), op.getValue());
            }
        }));
        List<String> failures = new ArrayList<>();
        String token = freshAdminToken();
        for (var operation : operations.entrySet()) {
            String[] pathAndMethod = operation.getKey().split(" ");
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String url = url(pathAndMethod[0], operation.getValue());
                // JSON only: the streaming (SSE) variants of an operation are left alone, they answer forever
                RequestSpecification request = given().config(TIMEOUTS).urlEncodingEnabled(false)
                        .auth().oauth2(token).accept("application/json");
                String body = body(operation.getValue(), request);
                String call = pathAndMethod[1] + " " + url + " " + abbreviated(body);
                try {
                    Response response = request.request(pathAndMethod[1], url);
                    boolean honestUnavailable = response.statusCode() == 503
                            && response.header("Retry-After") != null;
                    if (response.statusCode() >= 500 && !honestUnavailable) {
                        failures.add(call + " -> " + response.statusCode() + " "
                                + abbreviated(response.asString()));
                    }
                    if (response.statusCode() == 401) { // the operation ended our session (logout, erasure)
                        token = freshAdminToken();
                    }
                } catch (Exception noAnswer) {
                    // A request line past the codec's limit is refused with 414 and the connection closed, which the
                    // client may only see as a broken pipe while it still writes; anything else unanswered fails.
                    if (!(noAnswer instanceof java.net.SocketException && url.length() > MAX_INITIAL_LINE_LENGTH)) {
                        failures.add(call + " -> no answer: " + noAnswer);
                    }
                }
            }
        }
        assertThat(operations).hasSizeGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    /** A new admin each time: an operation may have logged the last one out, deactivated or erased it. */
    private static String freshAdminToken() {
        return Accounts.logIn(Accounts.newUser("admin"), Accounts.PASSWORD).accessToken();
    }

    private static boolean streams(JsonNode operation) {
        return operation.path("responses").toString().contains("text/event-stream");
    }

    private String url(String template, JsonNode operation) {
        String url = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                url = url.replace("{" + parameter.path("name").asText() + "}", encoded(pathValue()));
            }
        }
        url = url.replaceAll("\\{[^}]+}", encoded(pathValue()));
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && random.nextBoolean()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=')
                        .append(encoded(hostileText()));
            }
        }
        return url + query;
    }

    private String pathValue() {
        return random.nextInt(3) == 0 ? java.util.UUID.randomUUID().toString() : hostileText();
    }

    private String body(JsonNode operation, RequestSpecification request) throws Exception {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return "";
        }
        if (content.has("multipart/form-data")) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            request.multiPart("file", "x.png", bytes).multiPart("altText", hostileText());
            return "(multipart)";
        }
        String type = content.fieldNames().next();
        JsonNode example = content.path(type).path("example");
        String body = switch (random.nextInt(6)) {
            case 0 -> "{\"a\":" + "[".repeat(1_200) + "]".repeat(1_200) + "}";
            case 1 -> "{\"broken\": ";
            case 2 -> "[]";
            default -> JSON.writeValueAsString(mutated(example));
        };
        request.contentType(type.contains("json") ? type : "application/json").header("If-Match", "\"0\"").body(body);
        return body;
    }

    private JsonNode mutated(JsonNode example) {
        if (!(example instanceof ObjectNode object) || object.isEmpty()) {
            return JSON.valueToTree(Map.of("unexpected", hostileText()));
        }
        ObjectNode copy = object.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        String field = names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0 -> copy.putNull(field);
            case 1 -> copy.put(field, random.nextLong());
            case 2 -> copy.putArray(field).add(hostileText());
            case 3 -> copy.putObject(field).put(hostileText(), hostileText());
            default -> copy.put(field, hostileText());
        }
        return copy;
    }

    private String hostileText() {
        return HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
