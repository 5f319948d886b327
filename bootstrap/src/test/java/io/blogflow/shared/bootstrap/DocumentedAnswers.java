package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Real answers judged by the published OpenAPI document (3.1, whose schemas are JSON Schema 2020-12 in the OpenAPI
 * dialect, nullable written as {@code type: [..., "null"]}): the status must be declared for the operation, the media
 * type declared for that status, and a JSON body valid against the declared schema, {@code $ref}s resolved within the
 * document and formats (uuid, date-time, …) asserted. One way stricter than the document: an object schema that lists
 * its properties takes no others ({@code unevaluatedProperties: false}), so an undocumented field in an answer is a
 * mismatch too. Mismatches are collected, so one run reports them all.
 */
final class DocumentedAnswers {

    private static final String LOCATION = "https://blogflow.test/openapi.json";
    /** Where each answer schema is put in the checked copy, under a plain pointer (paths hold '/', '{', '}'). */
    private static final String ANSWERS = "x-answer-schemas";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final Map<String, String> answerPointers = new HashMap<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private final Set<String> checked = new TreeSet<>();

    private DocumentedAnswers(JsonNode document) {
        this.document = document;
        ObjectNode strict = document.deepCopy();
        noUndocumentedProperties(strict);
        indexAnswerSchemas(strict);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        String text = strict.toString();
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(LOCATION, text)));
    }

    /** The document the running application publishes. */
    static DocumentedAnswers ofTheRunningApplication() {
        String json = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            return new DocumentedAnswers(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Judges one answer of the operation {@code method template} (as the document names it); returns it. */
    synchronized Response check(String method, String template, Response response) {
        String operation = method.toUpperCase(Locale.ROOT) + " " + template;
        JsonNode op = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        String status = String.valueOf(response.statusCode());
        checked.add(operation + " " + status);
        if (op.isMissingNode()) {
            mismatches.add(operation + ": not in the document");
            return response;
        }
        JsonNode declared = op.path("responses").path(status);
        if (declared.isMissingNode()) {
            mismatches.add(operation + " answered " + status + ", which the document does not declare: "
                    + abbreviated(response.asString()));
            return response;
        }
        byte[] body = response.asByteArray();
        if (body.length == 0) {
            return response;
        }
        String type = mediaType(response.contentType());
        JsonNode content = declared.path("content");
        if (!content.has(type)) {
            mismatches.add(operation + " " + status + " answered " + type + ", the document declares "
                    + (content.isEmpty() ? "no body" : content.properties().stream().map(Map.Entry::getKey).toList()));
            return response;
        }
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            return response;
        }
        String pointer = answerPointers.get(template + " " + method.toLowerCase(Locale.ROOT) + " " + status + " " + type);
        if (pointer == null) {
            mismatches.add(operation + " " + status + " " + type + " has no schema");
            return response;
        }
        try {
            JsonNode answer = JSON.readTree(body);
            for (Error error : schemas.computeIfAbsent(pointer,
                    p -> registry.getSchema(SchemaLocation.of(LOCATION + "#" + p))).validate(answer)) {
                mismatches.add(operation + " " + status + " at " + error.getInstanceLocation() + ": "
                        + error.getMessage());
            }
        } catch (IOException e) {
            mismatches.add(operation + " " + status + " is not JSON: " + abbreviated(response.asString()));
        }
        return response;
    }

    /** The mismatches found since the last call (each test reads its own). */
    synchronized List<String> takeMismatches() {
        List<String> taken = List.copyOf(mismatches);
        mismatches.clear();
        return taken;
    }

    /** "METHOD template status" of every answer checked. */
    Set<String> checked() {
        return Set.copyOf(checked);
    }

    /** Each (path, method, status, media type) schema, copied under a plain pointer so it can be named in a URI. */
    private void indexAnswerSchemas(ObjectNode strict) {
        ObjectNode answers = strict.putObject(ANSWERS);
        strict.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            op.getValue().path("responses").properties().forEach(response -> response.getValue().path("content")
                    .properties().forEach(media -> {
                        if (media.getValue().has("schema")) {
                            String index = String.valueOf(answers.size());
                            answers.set(index, media.getValue().get("schema"));
                            answerPointers.put(path.getKey() + " " + op.getKey() + " " + response.getKey() + " "
                                    + media.getKey(), "/" + ANSWERS + "/" + index);
                        }
                    }));
        }));
    }

    /** An object schema that lists its properties and says nothing of others takes no others. */
    private static void noUndocumentedProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.path("properties").isObject()
                    && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.properties().forEach(child -> {
                if (!child.getKey().equals("example") && !child.getKey().equals("examples")) {
                    noUndocumentedProperties(child.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(DocumentedAnswers::noUndocumentedProperties);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "(none)";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
