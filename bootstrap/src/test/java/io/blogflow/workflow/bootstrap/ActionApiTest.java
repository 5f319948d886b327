package io.blogflow.workflow.bootstrap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LLM actions, step buttons, sub-stage defaults and what a post offers, against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ActionApiTest {

    private static final String ACTIONS = "/api/v1/actions";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private Tokens admin;
    private Tokens editor;
    private String provider;
    private String model;
    private String prompt;

    @BeforeEach
    void aModelAndAPrompt() {
        admin = Accounts.admin();
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        provider = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Ollama " + UUID.randomUUID(),
                        "type", "ollama", "baseUrl", "http://localhost:11434")).when()
                .post("/api/v1/admin/llm/providers").then().statusCode(201).extract().path("id");
        model = admin.as().contentType(ContentType.JSON).body(Map.of("name", "llama3.1:8b")).when()
                .post("/api/v1/admin/llm/providers/" + provider + "/models").then().statusCode(201).extract().path("id");
        prompt = "act-" + UUID.randomUUID().toString().substring(0, 8);
        editor.as().contentType(ContentType.JSON).body(Map.of("name", prompt,
                        "template", "Draft a section about {{heading}} for a post on {{basicIdea}}.")).when()
                .post("/api/v1/llm/prompts").then().statusCode(201);
    }

    @Test
    void editorsDefineReadPatchAndDeleteAnAction() {
        String location = create(action("Draft " + UUID.randomUUID(), List.of("basicIdea", "heading"), "firstDraft"))
                .statusCode(201).header("ETag", "\"0\"").body("scope", equalTo("section"))
                .body("prompt.label", equalTo("production")).body("timeoutMillis", equalTo(120000))
                .body("inputs", contains("basicIdea", "heading")).body("enabled", equalTo(true)).extract()
                .header("Location");
        Tokens contributor = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);
        contributor.as().when().get(location).then().statusCode(200).header("ETag", "\"0\"");
        contributor.as().contentType(ContentType.JSON).body(action("x", List.of(), "firstDraft")).when().post(ACTIONS)
                .then().statusCode(403);
        editor.as().when().get(ACTIONS + "?size=100").then().statusCode(200)
                .body("items.id", hasItem(location.substring(location.lastIndexOf('/') + 1)));

        patch(location, "\"0\"", "{\"temperature\": 1.5, \"prompt\": {\"label\": null, \"version\": 1},"
                + " \"description\": \"Writes the first draft\"}").statusCode(200).header("ETag", "\"1\"")
                .body("temperature", equalTo(1.5f)).body("prompt.version", equalTo(1))
                .body("prompt.label", nullValue()).body("description", equalTo("Writes the first draft"));
        patch(location, "\"0\"", "{\"temperature\": 1}").statusCode(412);
        patch(location, "\"1\"", "{\"id\": \"x\"}").statusCode(400);
        patch(location, "\"1\"", "{\"temperature\": 3}").statusCode(400)
                .body("errors[0].code", equalTo("temperature.out-of-range"));

        editor.as().when().delete(location).then().statusCode(428);
        editor.as().header("If-Match", "\"1\"").when().delete(location).then().statusCode(204);
        editor.as().when().get(location).then().statusCode(404).body("code", equalTo("action-not-found"));
    }

    @Test
    void everyRuleIsAFieldErrorAndNamesAreUniqueIgnoringCase() {
        Map<String, Object> bad = action("", List.of("nope"), "heading");
        bad.put("temperature", 2.5);
        bad.put("maxTokens", 0);
        bad.put("timeoutMillis", 500);
        bad.put("modelId", null);
        create(bad).statusCode(400).body("errors.field", contains("name", "model", "temperature", "maxTokens",
                "timeoutMillis", "inputs"));
        create(action("Titles", List.of("heading"), "mainTitle")).statusCode(400)
                .body("errors[0].code", equalTo("inputs.not-readable"));
        create(action("Titles", List.of(), "mainTitle")).statusCode(400).body("errors[0].field", equalTo("prompt"))
                .body("errors[0].code", equalTo("prompt.field-not-readable"))
                .body("errors[0].message", containsString("heading"));
        create(action("Titles", List.of("basicIdea"), "firstDraft")).statusCode(400)
                .body("errors[0].code", equalTo("prompt.field-not-readable"));
        Map<String, Object> unknownPrompt = action("Titles", List.of(), "firstDraft");
        unknownPrompt.put("prompt", Map.of("name", "no-such-prompt"));
        create(unknownPrompt).statusCode(400).body("errors[0].code", equalTo("prompt.unknown"));
        Map<String, Object> unknownModel = action("Titles", List.of(), "firstDraft");
        unknownModel.put("modelId", UUID.randomUUID().toString());
        create(unknownModel).statusCode(400).body("errors[0].field", equalTo("model"))
                .body("errors[0].code", equalTo("model.unknown"));

        String name = "Unique " + UUID.randomUUID();
        create(action(name, List.of(), "firstDraft")).statusCode(201);
        create(action(name.toUpperCase(), List.of(), "firstDraft")).statusCode(409)
                .body("code", equalTo("action.name-taken"));
    }

    @Test
    void buttonsAndTheDefaultActionAreWhatAPostOffersAtItsCurrentSubStage() {
        Tokens author = Accounts.author();
        String post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Actions " + System.nanoTime()))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        String subStage = author.as().when().get("/api/v1/posts/" + post + "/workflow").then().statusCode(200)
                .extract().path("current.subStageId");
        String step = author.as().when().get("/api/v1/workflow").then().statusCode(200).extract().jsonPath()
                .getString("stages.subStages.flatten().find { it.id == '" + subStage + "' }.steps[0].id");
        String first = actionId(create(action("First " + UUID.randomUUID(), List.of(), "firstDraft")));
        String second = actionId(create(action("Second " + UUID.randomUUID(), List.of(), "firstDraft")));
        String buttons = "/api/v1/workflow/steps/" + step + "/actions";

        String b1 = button(buttons, first, "Draft it", null).statusCode(201).body("position", equalTo(1))
                .extract().path("id");
        String b2 = button(buttons, second, "Redo it", 1).statusCode(201).body("position", equalTo(1))
                .extract().path("id");
        button(buttons, first, "Too far", 9).statusCode(400).body("errors[0].code", equalTo("position.out-of-range"));
        button(buttons, UUID.randomUUID().toString(), "Ghost", null).statusCode(400)
                .body("errors[0].code", equalTo("action.unknown"));
        editor.as().contentType(ContentType.JSON).body(Map.of("actionId", first, "label", "x")).when().post(buttons)
                .then().statusCode(403);
        author.as().when().get(buttons).then().statusCode(200).body("id", contains(b2, b1));
        admin.as().contentType(ContentType.JSON).body(Map.of("ids", List.of(b1, b2))).when().put(buttons + "/order")
                .then().statusCode(200).body("id", contains(b1, b2)).body("position", contains(1, 2));
        admin.as().contentType(ContentType.JSON).body(Map.of("ids", List.of(b1))).when().put(buttons + "/order")
                .then().statusCode(400).body("errors[0].code", equalTo("ids.not-the-buttons"));

        String defaults = "/api/v1/workflow/sub-stages/" + subStage + "/default-action";
        admin.as().contentType(ContentType.JSON).body(Map.of("actionId", second)).when().put(defaults).then()
                .statusCode(204);
        author.as().when().get(defaults).then().statusCode(200).body("actionId", equalTo(second));
        JsonPath offered = author.as().when().get("/api/v1/posts/" + post + "/actions").then().statusCode(200)
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(offered.getList("actionId", String.class))
                .startsWith(second).containsSubsequence(second, first, second);
        org.assertj.core.api.Assertions.assertThat(offered.getBoolean("[0].isDefault")).isTrue();
        org.assertj.core.api.Assertions.assertThat(offered.getString("find { it.buttonId == '" + b1 + "' }.label"))
                .isEqualTo("Draft it");
        org.assertj.core.api.Assertions.assertThat(offered.getString("[0].scope")).isEqualTo("section");
        Accounts.author().as().when().get("/api/v1/posts/" + post + "/actions").then().statusCode(404);

        editor.as().header("If-Match", "\"0\"").when().delete(ACTIONS + "/" + second).then().statusCode(409)
                .body("code", equalTo("action.in-use"));
        patch(ACTIONS + "/" + first, "\"0\"", "{\"enabled\": false}").statusCode(200);
        author.as().when().get("/api/v1/posts/" + post + "/actions").then().statusCode(200)
                .body("actionId", contains(second, second));
        admin.as().when().delete(buttons + "/" + b1).then().statusCode(204);
        admin.as().when().delete(buttons + "/" + b2).then().statusCode(204);
        admin.as().when().delete(buttons + "/" + b2).then().statusCode(404).body("code", equalTo("button-not-found"));
        admin.as().when().delete(defaults).then().statusCode(204);
        author.as().when().get(defaults).then().statusCode(200).body("actionId", nullValue());
        author.as().when().get("/api/v1/posts/" + post + "/actions").then().statusCode(200).body("$", hasSize(0));
        editor.as().header("If-Match", "\"0\"").when().delete(ACTIONS + "/" + second).then().statusCode(204);
    }

    @Test
    void buttonsOfARetiredStepAreKeptButTheStepTakesNoNewOnes() {
        String stage = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Retiring " + System.nanoTime()))
                .when().post("/api/v1/workflow/stages").then().statusCode(201).extract().path("id");
        String subStage = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Sub")).when()
                .post("/api/v1/workflow/stages/" + stage + "/sub-stages").then().statusCode(201).extract().path("id");
        String step = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Step")).when()
                .post("/api/v1/workflow/sub-stages/" + subStage + "/steps").then().statusCode(201).extract().path("id");
        String action = actionId(create(action("Kept " + UUID.randomUUID(), List.of(), "firstDraft")));
        String buttons = "/api/v1/workflow/steps/" + step + "/actions";
        String button = button(buttons, action, "Run", null).statusCode(201).extract().path("id");
        admin.as().contentType(ContentType.JSON).body(Map.of("actionId", action)).when()
                .put("/api/v1/workflow/sub-stages/" + subStage + "/default-action").then().statusCode(204);

        admin.as().header("If-Match", "\"0\"").when().post("/api/v1/workflow/stages/" + stage + "/retire").then()
                .statusCode(200);
        admin.as().when().get(buttons).then().statusCode(200).body("id", contains(button));
        button(buttons, action, "New", null).statusCode(409).body("code", equalTo("step.retired"));
        admin.as().contentType(ContentType.JSON).body(Map.of("actionId", action)).when()
                .put("/api/v1/workflow/sub-stages/" + subStage + "/default-action").then().statusCode(409)
                .body("code", equalTo("sub-stage.retired"));
        editor.as().header("If-Match", "\"0\"").when().delete(ACTIONS + "/" + action).then().statusCode(409);
    }

    @Test
    void aModelAnActionUsesCannotBeDeleted() {
        create(action("Uses model " + UUID.randomUUID(), List.of(), "firstDraft")).statusCode(201);
        String models = "/api/v1/admin/llm/providers/" + provider + "/models/";
        admin.as().header("If-Match", "\"0\"").when().delete(models + model).then().statusCode(409)
                .body("code", equalTo("llm-model.in-use"));
        admin.as().when().get(models + model).then().statusCode(200);
    }

    private Map<String, Object> action(String name, List<String> inputs, String output) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("prompt", Map.of("name", prompt));
        body.put("modelId", model);
        body.put("inputs", inputs);
        body.put("output", output);
        return body;
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return editor.as().contentType(ContentType.JSON).body(body).when().post(ACTIONS).then();
    }

    private ValidatableResponse patch(String location, String ifMatch, String body) {
        return editor.as().contentType(MERGE_PATCH).header("If-Match", ifMatch).body(body).when().patch(location)
                .then();
    }

    private ValidatableResponse button(String buttons, String action, String label, Integer position) {
        Map<String, Object> body = new HashMap<>();
        body.put("actionId", action);
        body.put("label", label);
        body.put("position", position);
        return admin.as().contentType(ContentType.JSON).body(body).when().post(buttons).then();
    }

    private static String actionId(ValidatableResponse created) {
        return created.statusCode(201).extract().path("id");
    }
}
