package io.blogflow.llm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versioned prompts and their labels, against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PromptApiTest {

    private static final String PROMPTS = "/api/v1/llm/prompts";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResolvePromptUseCase prompts;

    private Tokens editor;
    private String name;

    @BeforeEach
    void anEditor() {
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        name = "draft-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void creatingAPromptMakesVersionOneLabelledProductionAndLatest() {
        create(name, "Write about {{ basicIdea }} in {{scope}}.").statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString(PROMPTS + "/" + name)).body("name", equalTo(name))
                .body("labels.production", equalTo(1)).body("labels.latest", equalTo(1))
                .body("versions[0].version", equalTo(1))
                .body("versions[0].placeholders", contains("basicIdea", "scope"))
                .body("versions[0].labels", contains("latest", "production"))
                .body("versions[0].systemPrompt", equalTo("You are an editor."));
        editor.as().when().get(PROMPTS + "/" + name).then().statusCode(200).header("ETag", "\"0\"")
                .body("versions[0].template", equalTo("Write about {{ basicIdea }} in {{scope}}."));
        editor.as().when().get(PROMPTS + "?size=100").then().statusCode(200).body("items.name", hasItem(name))
                .header("Link", containsString("size=100"));
        create(name, "Other {{scope}}").statusCode(409).body("code", equalTo("prompt.name-taken"));
    }

    @Test
    void aNewVersionTakesLatestAndProductionOnlyWhenAsked() {
        create(name, "v1 {{scope}}").statusCode(201);
        addVersion(null, "v2 {{scope}}", null).statusCode(201).header("ETag", "\"1\"")
                .header("Location", containsString("/versions/2")).body("version", equalTo(2))
                .body("labels", contains("latest"));
        assertThat(prompts.resolve(PromptReference.production(name)).version()).isEqualTo(1);
        addVersion("\"1\"", "v3 {{scope}}", List.of("production")).statusCode(201).header("ETag", "\"2\"")
                .body("labels", contains("latest", "production"));
        assertThat(prompts.resolve(PromptReference.production(name)).template().text()).isEqualTo("v3 {{scope}}");
        assertThat(prompts.resolve(new PromptReference(name, null, 2)).template().text()).isEqualTo("v2 {{scope}}");
        addVersion("\"1\"", "v4", null).statusCode(412);
        addVersion(null, "v4", List.of("latest")).statusCode(400).body("errors[0].code", equalTo("label.reserved"));

        editor.as().when().get(PROMPTS + "/" + name + "/versions").then().statusCode(200)
                .body("version", contains(3, 2, 1));
        editor.as().when().get(PROMPTS + "/" + name + "/versions/2").then().statusCode(200)
                .body("template", equalTo("v2 {{scope}}")).body("labels", equalTo(List.of()));
        editor.as().when().get(PROMPTS + "/" + name + "/versions/9").then().statusCode(404)
                .body("code", equalTo("prompt-not-found"));
        editor.as().when().get(PROMPTS + "/" + name + "/versions/x").then().statusCode(404);
    }

    @Test
    void labelsMoveAtomicallyUnderIfMatchAndBuiltInOnesAreGuarded() {
        create(name, "v1").statusCode(201);
        addVersion(null, "v2", null).statusCode(201);
        label("staging", "\"1\"", 1).statusCode(200).header("ETag", "\"2\"").body("labels.staging", equalTo(1));
        label("staging", "\"2\"", 2).statusCode(200).header("ETag", "\"3\"").body("labels.staging", equalTo(2));
        label("production", "\"3\"", 2).statusCode(200).body("labels.production", equalTo(2));
        label("staging", "\"3\"", 1).statusCode(412);
        label("staging", null, 1).statusCode(428);
        label("latest", "\"4\"", 1).statusCode(400).body("errors[0].code", equalTo("label.reserved"));
        label("Bad_Label", "\"4\"", 1).statusCode(400).body("errors[0].code", equalTo("label.invalid"));
        label("staging", "\"4\"", 7).statusCode(404).body("code", equalTo("prompt-not-found"));
        assertThat(prompts.resolve(new PromptReference(name, "staging", null)).version()).isEqualTo(2);

        removeLabel("production", "\"4\"").statusCode(400).body("errors[0].code", equalTo("label.reserved"));
        removeLabel("latest", "\"4\"").statusCode(400);
        removeLabel("staging", "\"4\"").statusCode(200).header("ETag", "\"5\"").body("labels.staging", nullValue());
        removeLabel("staging", "\"5\"").statusCode(404);
        assertThatThrownBy(() -> prompts.resolve(new PromptReference(name, "staging", null)))
                .hasMessageContaining(name);
    }

    @Test
    void templatesMayOnlyUseRegistryFieldsAndWellFormedPlaceholders() {
        create(name, "About {{basicIdea}} and {{secretSauce}}").statusCode(400)
                .body("errors[0].field", equalTo("template")).body("errors[0].code", equalTo("template.unknown-field"))
                .body("errors[0].message", containsString("secretSauce"));
        create(name, "About {{basicIdea").statusCode(400)
                .body("errors[0].code", equalTo("template.invalid-placeholder"));
        create("Not A Name", "x").statusCode(400).body("errors[0].field", equalTo("name"));
        editor.as().when().get(PROMPTS + "/" + name).then().statusCode(404).body("code", equalTo("prompt-not-found"));
    }

    @Test
    void writersReadButOnlyEditorsAndAdminsWrite() {
        create(name, "v1").statusCode(201);
        Tokens contributor = Accounts.logIn(Accounts.newUser("contributor"), Accounts.PASSWORD);
        contributor.as().when().get(PROMPTS + "/" + name).then().statusCode(200);
        contributor.as().contentType(ContentType.JSON).body(Map.of("name", name + "x", "template", "t"))
                .when().post(PROMPTS).then().statusCode(403);
        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("template", "by admin"))
                .when().post(PROMPTS + "/" + name + "/versions").then().statusCode(201);
    }

    @Test
    void theDatabaseRefusesToChangeAStoredVersion() {
        create(name, "v1").statusCode(201);
        assertThatThrownBy(() -> {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE llm_prompt_versions SET template = 'changed' WHERE prompt_id ="
                        + " (SELECT id FROM llm_prompts WHERE name = '" + name + "')");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("immutable");
    }

    private ValidatableResponse create(String promptName, String template) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", promptName);
        body.put("systemPrompt", "You are an editor.");
        body.put("template", template);
        body.put("parameters", Map.of("temperature", 0.2));
        return editor.as().contentType(ContentType.JSON).body(body).when().post(PROMPTS).then();
    }

    private ValidatableResponse addVersion(String ifMatch, String template, List<String> labels) {
        Map<String, Object> body = new HashMap<>();
        body.put("template", template);
        if (labels != null) {
            body.put("labels", labels);
        }
        var request = editor.as().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post(PROMPTS + "/" + name + "/versions").then();
    }

    private ValidatableResponse label(String label, String ifMatch, int version) {
        var request = editor.as().contentType(ContentType.JSON).body(Map.of("version", version));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(PROMPTS + "/" + name + "/labels/" + label).then();
    }

    private ValidatableResponse removeLabel(String label, String ifMatch) {
        return editor.as().header("If-Match", ifMatch).when().delete(PROMPTS + "/" + name + "/labels/" + label).then();
    }
}
