package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The published OpenAPI document as a contract: each operation complete enough to generate a client from. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static JsonNode document;

    /** Read once, on first use (the application is only listening once the first test runs). */
    private static JsonNode document() throws Exception {
        if (document == null) {
            String json = given().queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            // CI lints this copy with Redocly CLI and Spectral (.ci/lint-openapi) after the suite
            Files.writeString(Path.of("target", "openapi.json"), json);
            document = new ObjectMapper().readTree(json);
        }
        return document;
    }

    /** Each operation as "METHOD path" with its node. */
    private static void eachOperation(BiConsumer<String, JsonNode> check) throws Exception {
        document().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }

    @Test
    void everyOperationHasAUniqueReadableOperationId() throws Exception {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> {
            String id = op.path("operationId").asText("");
            if (id.isEmpty() || id.contains("_") || !seen.add(id)) {
                problems.add(name + " -> '" + id + "'");
            }
        });
        assertThat(seen).hasSizeGreaterThan(150);
        assertThat(problems).as("missing, unreadable or duplicate operationIds").isEmpty();
    }

    @Test
    void everyErrorIsAProblemAndThePlatformsOwnErrorsAreListed() throws Exception {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> {
            JsonNode responses = op.path("responses");
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().matches("[45]\\d\\d")
                        && response.getValue().path("content").path("application/problem+json").isMissingNode()) {
                    problems.add(name + " " + response.getKey() + " is not problem+json");
                }
            });
            List<String> expected = new ArrayList<>();
            if (op.has("security") && !op.get("security").isEmpty()) {
                expected.addAll(List.of("401", "403", "429"));
            }
            if (op.has("requestBody")) {
                expected.addAll(List.of("400", "413", "415"));
            }
            expected.stream().filter(status -> !responses.has(status))
                    .forEach(status -> problems.add(name + " lacks " + status));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyJsonBodyAndAnswerHasAnExample() throws Exception {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> {
            missingExamples(op.path("requestBody").path("content"), name + " request", problems);
            op.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    missingExamples(response.getValue().path("content"), name + " " + response.getKey(), problems);
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationAnswersSuccessAndEveryBodyHasASchema() throws Exception {
        List<String> problems = new ArrayList<>();
        eachOperation((name, op) -> {
            List<String> statuses = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(status -> status.matches("[23]\\d\\d"))) {
                problems.add(name + " has no success answer");
            }
            if (op.path("responses").has("201") && op.path("responses").path("201").path("content").isEmpty()) {
                problems.add(name + " 201 declares no body");
            }
            op.path("responses").fields().forEachRemaining(response -> response.getValue().path("content").fields()
                    .forEachRemaining(media -> {
                        if (!media.getValue().has("schema")) {
                            problems.add(name + " " + response.getKey() + " " + media.getKey() + " has no schema");
                        }
                    }));
            op.path("requestBody").path("content").fieldNames().forEachRemaining(type -> {
                if (type.contains("*")) {
                    problems.add(name + " takes " + type);
                }
            });
            op.path("security").forEach(requirement -> requirement.fields().forEachRemaining(scheme -> {
                if (!scheme.getValue().isEmpty()) {
                    problems.add(name + " lists scopes for the bearer scheme");
                }
            }));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTagIsDescribedAndNoDescriptionCarriesMarkup() throws Exception {
        List<String> problems = new ArrayList<>();
        document().path("tags").forEach(tag -> {
            if (tag.path("description").asText("").isBlank()) {
                problems.add("tag " + tag.path("name").asText() + " has no description");
            }
        });
        eachOperation((name, op) -> {
            if (op.path("description").asText("").contains("<script")) {
                problems.add(name + " has a script element in its description");
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void missingExamples(JsonNode content, String where, List<String> problems) {
        content.fields().forEachRemaining(media -> {
            boolean json = media.getKey().equals("application/json") || media.getKey().endsWith("+json");
            JsonNode type = media.getValue();
            if (json && type.has("schema") && !type.has("example") && !type.has("examples")) {
                problems.add(where + " " + media.getKey());
            }
        });
    }
}
