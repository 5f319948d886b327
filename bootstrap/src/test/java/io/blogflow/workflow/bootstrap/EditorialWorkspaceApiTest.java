package io.blogflow.workflow.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A post's editorial workspace and sections, and the field registry, against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class EditorialWorkspaceApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private Tokens author;
    private String post;

    @BeforeEach
    void anAuthorWithAPost() {
        author = Accounts.author();
        post = newPost(author);
    }

    @Test
    void theFieldRegistryIsReadableAndEveryFieldNamesSeededSubStages() {
        JsonPath fields = author.as().when().get("/api/v1/workflow/fields").then().statusCode(200).extract().jsonPath();
        assertThat(fields.getList("key", String.class)).hasSize(32).contains("basicIdea", "distributionNotes",
                "heading", "captions");
        assertThat(fields.getString("find { it.key == 'firstDraft' }.scope")).isEqualTo("section");
        assertThat(fields.getString("find { it.key == 'topicsToCover' }.kind")).isEqualTo("text-list");
        assertThat(fields.getList("find { it.key == 'firstDraft' }.stages", String.class))
                .containsExactly("writing/content");
        JsonPath tree = author.as().when().get("/api/v1/workflow").then().statusCode(200).extract().jsonPath();
        var seeded = new HashSet<String>();
        tree.getList("stages", Map.class).forEach(stage -> ((List<Map<String, Object>>) stage.get("subStages"))
                .forEach(sub -> seeded.add(stage.get("key") + "/" + sub.get("key"))));
        assertThat(seeded).containsAll(fields.getList("stages.flatten()", String.class));
    }

    @Test
    void aNewPostHasAnEmptyWorkspaceThatAMergePatchFillsAndClears() {
        author.as().when().get(workspace()).then().statusCode(200).header("ETag", "\"0\"")
                .body("postId", equalTo(post)).body("fields", equalTo(Map.of())).body("version", equalTo(0));

        patchWorkspace("\"0\"", "{\"basicIdea\":\"Why tea\",\"topicsToCover\":[\"history\",\"chemistry\"]}")
                .statusCode(200).header("ETag", "\"1\"").body("fields.basicIdea", equalTo("Why tea"))
                .body("fields.topicsToCover", equalTo(List.of("history", "chemistry")));
        patchWorkspace("\"1\"", "{\"basicIdea\":null,\"mainTitle\":\"Tea\"}").statusCode(200).header("ETag", "\"2\"");

        author.as().when().get(workspace()).then().statusCode(200).header("ETag", "\"2\"")
                .body("fields.basicIdea", nullValue()).body("fields.mainTitle", equalTo("Tea"))
                .body("fields.topicsToCover", equalTo(List.of("history", "chemistry")));
    }

    @Test
    void unknownOrOverlongFieldsAreRefusedByNameAndStaleVersionsAre412() {
        patchWorkspace("\"0\"", "{\"basicIdea\":\"x\",\"bogus\":null}").statusCode(400)
                .body("errors[0].field", equalTo("bogus")).body("errors[0].code", equalTo("field.unknown"));
        patchWorkspace("\"0\"", "{\"firstDraft\":\"section field\"}").statusCode(400)
                .body("errors[0].field", equalTo("firstDraft"));
        patchWorkspace("\"0\"", "{\"mainTitle\":\"" + "x".repeat(201) + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("mainTitle")).body("errors[0].code", equalTo("field.too-long"));
        patchWorkspace("\"0\"", "{\"topicsToCover\":\"not a list\"}").statusCode(400)
                .body("errors[0].code", equalTo("field.not-text-list"));
        patchWorkspace("\"0\"", "{\"basicIdea\":\"ok\"}").statusCode(200);
        patchWorkspace("\"0\"", "{\"basicIdea\":\"lost update\"}").statusCode(412);
        author.as().contentType(MERGE_PATCH).body("{\"basicIdea\":\"x\"}").when().patch(workspace())
                .then().statusCode(428);
    }

    @Test
    void anotherAuthorsPostIsNotFound() {
        Tokens other = Accounts.author();
        other.as().when().get(workspace()).then().statusCode(404);
        other.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"basicIdea\":\"mine\"}")
                .when().patch(workspace()).then().statusCode(404);
        other.as().when().get(sections()).then().statusCode(404);
        other.as().contentType(ContentType.JSON).body("{}").when().post(sections()).then().statusCode(404);
        author.as().when().get("/api/v1/posts/not-a-uuid/workspace").then().statusCode(404);
    }

    @Test
    void sectionsAreAddedPatchedDeletedAndReorderedWithContiguousPositions() {
        String a = addSection(null, Map.of("heading", "A")).statusCode(201).header("ETag", "\"0\"")
                .header("Location", notNullValue()).body("position", equalTo(1)).extract().path("id");
        String c = addSection(null, Map.of("heading", "C")).statusCode(201).body("position", equalTo(2))
                .extract().path("id");
        String b = addSection(2, Map.of("heading", "B", "ideasToInclude", List.of("one")))
                .statusCode(201).body("position", equalTo(2)).extract().path("id");
        assertOrder(a, b, c);
        addSection(5, Map.of()).statusCode(400).body("errors[0].field", equalTo("position"));
        addSection(null, Map.of("basicIdea", "post field")).statusCode(400)
                .body("errors[0].field", equalTo("basicIdea"));

        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"firstDraft\":\"Draft of B\",\"heading\":null}").when().patch(sections() + "/" + b)
                .then().statusCode(200).header("ETag", "\"1\"").body("fields.firstDraft", equalTo("Draft of B"))
                .body("fields.heading", nullValue()).body("fields.ideasToInclude", equalTo(List.of("one")))
                .body("position", equalTo(2));
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"firstDraft\":\"stale\"}")
                .when().patch(sections() + "/" + b).then().statusCode(412);
        author.as().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{\"nope\":\"x\"}")
                .when().patch(sections() + "/" + b).then().statusCode(400).body("errors[0].field", equalTo("nope"));

        reorder(List.of(c, a, b)).statusCode(200).body("id", equalTo(List.of(c, a, b)))
                .body("position", equalTo(List.of(1, 2, 3)));
        assertOrder(c, a, b);

        author.as().header("If-Match", "\"5\"").when().delete(sections() + "/" + c).then().statusCode(412);
        author.as().header("If-Match", "\"0\"").when().delete(sections() + "/" + c).then().statusCode(204);
        assertOrder(a, b);
        author.as().when().get(sections() + "/" + c).then().statusCode(404);
        author.as().when().get(sections() + "/" + b).then().statusCode(200).header("ETag", "\"1\"")
                .body("position", equalTo(2));
    }

    @Test
    void aReorderMustBeExactlyThePostsSections() {
        String a = addSection(null, Map.of()).statusCode(201).extract().path("id");
        String b = addSection(null, Map.of()).statusCode(201).extract().path("id");
        String foreign = addSectionTo(newPost(author)).extract().path("id");
        reorder(List.of(a)).statusCode(400).body("errors[0].field", equalTo("ids"));
        reorder(List.of(a, a)).statusCode(400).body("errors[0].code", equalTo("ids.duplicate"));
        reorder(List.of(a, foreign)).statusCode(400).body("errors[0].code", equalTo("ids.not-the-sections"));
        reorder(List.of(a, b, foreign)).statusCode(400);
        author.as().contentType(ContentType.JSON).body("{}").when().put(sections() + "/order").then().statusCode(400);
        assertOrder(a, b);
    }

    @Test
    void concurrentReordersLeaveUniqueContiguousPositions() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(addSection(null, Map.of("heading", "S" + i)).statusCode(201).extract().path("id"));
        }
        var reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        var rotated = new ArrayList<>(ids.subList(2, 5));
        rotated.addAll(ids.subList(0, 2));
        List<List<String>> orders = List.of(reversed, rotated, ids, reversed, rotated, ids);
        var pool = Executors.newFixedThreadPool(orders.size());
        try {
            List<Callable<Integer>> work = orders.stream()
                    .<Callable<Integer>>map(order -> () -> reorder(order).extract().statusCode()).toList();
            for (var result : pool.invokeAll(work)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonPath now = author.as().when().get(sections()).then().statusCode(200).extract().jsonPath();
        assertThat(now.getList("position", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(orders).contains(now.getList("id", String.class));
    }

    @Test
    void readersOfPostsCanReadTheRegistryButAnonymousCallersCannot() {
        io.restassured.RestAssured.given().when().get("/api/v1/workflow/fields").then().statusCode(401);
        author.as().when().get("/api/v1/workflow/fields").then().statusCode(200).body("key", hasItem("ideaSeed"));
    }

    // ---- helpers

    private static String newPost(Tokens who) {
        return who.as().contentType(ContentType.JSON).body(Map.of("title", "Workspace " + System.nanoTime()))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private String workspace() {
        return "/api/v1/posts/" + post + "/workspace";
    }

    private String sections() {
        return "/api/v1/posts/" + post + "/sections";
    }

    private ValidatableResponse patchWorkspace(String ifMatch, String patch) {
        return author.as().contentType(MERGE_PATCH).header("If-Match", ifMatch).body(patch)
                .when().patch(workspace()).then();
    }

    private ValidatableResponse addSection(Integer position, Map<String, Object> fields) {
        var body = new java.util.HashMap<String, Object>();
        body.put("fields", fields);
        if (position != null) {
            body.put("position", position);
        }
        return author.as().contentType(ContentType.JSON).body(body).when().post(sections()).then();
    }

    private ValidatableResponse addSectionTo(String otherPost) {
        return author.as().contentType(ContentType.JSON).body(Map.of("fields", Map.of()))
                .when().post("/api/v1/posts/" + otherPost + "/sections").then().statusCode(201);
    }

    private ValidatableResponse reorder(List<String> ids) {
        return author.as().contentType(ContentType.JSON).body(Map.of("ids", ids))
                .when().put(sections() + "/order").then();
    }

    private void assertOrder(String... ids) {
        JsonPath list = author.as().when().get(sections()).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("id", String.class)).containsExactly(ids);
        assertThat(list.getList("position", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, ids.length).boxed().toList());
    }
}
