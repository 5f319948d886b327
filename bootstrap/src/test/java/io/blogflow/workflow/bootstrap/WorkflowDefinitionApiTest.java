package io.blogflow.workflow.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workflow definition API against the real database. The database is shared by every test class and the seeded
 * workflow is changed here, so each test works on stages it creates itself (unique names) and the seed is only read.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class WorkflowDefinitionApiTest {

    private static final String WORKFLOW = "/api/v1/workflow";

    private Tokens admin;

    /** An admin of its own per test, so the per-principal rate limit of one test does not spill into others. */
    @BeforeEach
    void anAdmin() {
        admin = Accounts.logIn(Accounts.newUser("admin"), Accounts.PASSWORD);
    }

    @Test
    void theDefaultWorkflowIsSeededWithItsStagesSubStagesAndOneStepEach() {
        JsonPath tree = admin.as().when().get(WORKFLOW + "?includeRetired=true").then().statusCode(200)
                .header("ETag", notNullValue()).body("key", equalTo("default")).extract().jsonPath();
        List<String> seeded = List.of("planning", "writing", "structuring", "images", "publishing");
        assertThat(tree.getList("stages.key", String.class).stream().filter(seeded::contains)).containsExactlyElementsOf(seeded);
        Map<String, List<String>> expected = Map.of(
                "planning", List.of("Idea", "Research", "Structure"),
                "writing", List.of("Content", "UK English", "Highlighting"),
                "structuring", List.of("Titles", "Intro and conclusion", "Metadata", "Tags and categories"),
                "images", List.of("Concepts", "Prompts", "Generation", "Captions", "Watermark"),
                "publishing", List.of("SEO", "Self review", "Peer review", "Final check", "Scheduling", "Distribution"));
        expected.forEach((stage, subStages) -> {
            String path = "stages.find { it.key == '" + stage + "' }";
            assertThat(tree.getString(path + ".name")).isEqualToIgnoringCase(stage);
            assertThat(tree.getList(path + ".subStages.name", String.class)).as(stage).containsExactlyElementsOf(subStages);
            assertThat(tree.getList(path + ".subStages.position", Integer.class))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, subStages.size()).boxed().toList());
            assertThat(tree.getList(path + ".subStages.steps.flatten().name", String.class))
                    .hasSize(subStages.size()).containsOnly("Run default action");
        });
        assertThat(tree.getList("stages.find { it.key == 'writing' }.subStages.key", String.class))
                .containsExactly("content", "uk-english", "highlighting");
        assertThat(tree.getBoolean("stages.find { it.key == 'writing' }.subStages.find { it.key == 'content' }"
                + ".steps[0].required")).isTrue();
        assertThat(tree.getBoolean("stages.find { it.key == 'publishing' }.subStages.find { it.key == 'final-check' }"
                + ".steps[0].required")).isTrue();
        assertThat(tree.getBoolean("stages.find { it.key == 'writing' }.subStages.find { it.key == 'uk-english' }"
                + ".steps[0].required")).isFalse();
        assertThat(tree.getMap("stages.find { it.key == 'images' }.subStages[0].steps[0].config")).isEmpty();
    }

    @Test
    void writersReadTheWorkflowButOnlyAdminsChangeIt() {
        Tokens author = Accounts.author();
        author.as().when().get(WORKFLOW).then().statusCode(200).body("stages", notNullValue());
        given().when().get(WORKFLOW).then().statusCode(401);
        author.as().contentType(ContentType.JSON).body(Map.of("name", unique("Sneaky")))
                .when().post(WORKFLOW + "/stages").then().statusCode(403)
                .contentType("application/problem+json");
        String stage = addStage("Guarded");
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", unique("Renamed")))
                .when().put(WORKFLOW + "/stages/" + stage).then().statusCode(403);
        author.as().contentType(ContentType.JSON).body(Map.of("position", 1))
                .when().post(WORKFLOW + "/stages/" + stage + "/move").then().statusCode(403);
        author.as().header("If-Match", "\"0\"").when().post(WORKFLOW + "/stages/" + stage + "/retire")
                .then().statusCode(403);
        author.as().when().get(WORKFLOW + "/stages/" + stage).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void addingAtAPositionShiftsLaterSiblingsAndMovingReordersThemWithoutGaps() {
        String stage = addStage("Drafting");
        String a = addSubStage(stage, "Alpha", null).extract().path("id");
        String b = addSubStage(stage, "Beta", null).extract().path("id");
        String c = addSubStage(stage, "Gamma", null).body("position", equalTo(3)).body("key", equalTo("gamma"))
                .extract().path("id");
        String d = addSubStage(stage, "Delta", 2).statusCode(201).body("position", equalTo(2)).extract().path("id");
        assertThat(subStages(stage, false)).containsExactly(a, d, b, c);

        move("sub-stages", c, 1).statusCode(200).body("position", equalTo(1));
        assertThat(subStages(stage, false)).containsExactly(c, a, d, b);
        move("sub-stages", c, 4).statusCode(200);
        assertThat(subStages(stage, false)).containsExactly(a, d, b, c);
        assertPositionsContiguous(stage);

        move("sub-stages", c, 5).statusCode(400).body("errors[0].field", equalTo("position"))
                .body("errors[0].code", equalTo("position.out-of-range"));
        admin.as().contentType(ContentType.JSON).body(Map.of()).when().post(WORKFLOW + "/sub-stages/" + c + "/move")
                .then().statusCode(400).body("errors[0].code", equalTo("position.required"));
        addSubStage(stage, "Epsilon", 9).statusCode(400).body("errors[0].code", equalTo("position.out-of-range"));
        move("sub-stages", UUID.randomUUID().toString(), 1).statusCode(404).body("code", equalTo("sub-stage-not-found"));
        move("sub-stages", "not-a-uuid", 1).statusCode(404);
        addSubStage(UUID.randomUUID().toString(), "Orphan", null).statusCode(404).body("code", equalTo("stage-not-found"));
    }

    @Test
    void renamingNeedsTheCurrentVersionAndNamesAreUniqueAmongSiblingsIgnoringCase() {
        String stage = addStage("Editing");
        String alpha = addSubStage(stage, "Alpha", null).extract().path("id");
        addSubStage(stage, "Beta", null);
        addSubStage(stage, "ALPHA", null).statusCode(409).body("code", equalTo("sub-stage.name-taken"));
        addSubStage(stage, "Again", null, "alpha").statusCode(409).body("code", equalTo("sub-stage.key-taken"));

        rename("sub-stages", alpha, "beta", null).statusCode(428).body("code", equalTo("precondition-required"));
        rename("sub-stages", alpha, "beta", "\"0\"").statusCode(409).body("code", equalTo("sub-stage.name-taken"));
        rename("sub-stages", alpha, "  Proofreading  ", "\"0\"").statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Proofreading")).body("key", equalTo("alpha"));
        rename("sub-stages", alpha, "Copy edit", "\"0\"").statusCode(412).body("currentVersion", equalTo(1));
        rename("sub-stages", alpha, " ", "\"1\"").statusCode(400).body("errors[0].field", equalTo("name"));
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("name", "x", "config", Map.of())).when().put(WORKFLOW + "/sub-stages/" + alpha)
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-field"));
        String renamedStage = unique("Edited");
        rename("stages", stage, renamedStage, "\"0\"").statusCode(200);
        admin.as().when().get(WORKFLOW).then().body("stages.find { it.id == '" + stage + "' }.name",
                equalTo(renamedStage));
    }

    @Test
    void stepsCarryAJsonObjectConfigAndARequiredFlag() {
        String stage = addStage("Illustrating");
        String sub = addSubStage(stage, "Sketch", null).extract().path("id");
        Map<String, Object> config = Map.of("inputs", List.of("sectionHeading", "basicIdea"), "output", "imagePrompt",
                "limits", Map.of("maxWords", 120));
        var created = admin.as().contentType(ContentType.JSON)
                .body(Map.of("name", "Draft the prompt", "required", true, "config", config))
                .when().post(WORKFLOW + "/sub-stages/" + sub + "/steps").then().statusCode(201)
                .body("level", equalTo("step")).body("parentId", equalTo(sub)).body("required", equalTo(true))
                .body("config.output", equalTo("imagePrompt")).body("config.limits.maxWords", equalTo(120))
                .extract();
        String step = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/workflow/steps/" + step);
        admin.as().when().get(WORKFLOW).then().body("stages.find { it.id == '" + stage + "' }.subStages[0].steps[0]"
                + ".config.inputs", equalTo(List.of("sectionHeading", "basicIdea")));

        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Bad", "config", List.of(1, 2)))
                .when().post(WORKFLOW + "/sub-stages/" + sub + "/steps").then().statusCode(400)
                .body("errors[0].field", equalTo("config")).body("errors[0].code", equalTo("config.not-an-object"));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Huge", "config", Map.of("x", "y".repeat(17_000))))
                .when().post(WORKFLOW + "/sub-stages/" + sub + "/steps").then().statusCode(400)
                .body("errors[0].code", equalTo("config.too-large"));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Plain"))
                .when().post(WORKFLOW + "/sub-stages/" + sub + "/steps").then().statusCode(201)
                .body("required", equalTo(false)).body("config", equalTo(Map.of())).body("position", equalTo(2));

        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Draft the prompt", "config", Map.of("output", "caption")))
                .when().put(WORKFLOW + "/steps/" + step).then().statusCode(200).header("ETag", "\"1\"")
                .body("required", equalTo(false)).body("config", equalTo(Map.of("output", "caption")));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Wrong level", "required", true))
                .when().post(WORKFLOW + "/stages/" + stage + "/sub-stages").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void retiringAStageRetiresEverythingBelowItAndKeepsItOutOfTheActiveTree() {
        String first = addStage("Outline");
        String second = addStage("Research notes");
        String sub = addSubStage(first, "Gather", null).extract().path("id");
        String step = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Collect sources"))
                .when().post(WORKFLOW + "/sub-stages/" + sub + "/steps").then().statusCode(201).extract().path("id");
        int secondPosition = admin.as().when().get(WORKFLOW + "/stages/" + second).then().extract().path("position");

        admin.as().when().post(WORKFLOW + "/stages/" + first + "/retire").then().statusCode(428);
        admin.as().header("If-Match", "\"0\"").when().post(WORKFLOW + "/stages/" + first + "/retire")
                .then().statusCode(200).header("ETag", "\"1\"").body("retiredAt", notNullValue());
        admin.as().header("If-Match", "\"1\"").when().post(WORKFLOW + "/stages/" + first + "/retire")
                .then().statusCode(409).body("code", equalTo("stage.retired"));

        JsonPath active = admin.as().when().get(WORKFLOW).then().statusCode(200).extract().jsonPath();
        assertThat(active.getList("stages.id", String.class)).doesNotContain(first).contains(second);
        assertThat(active.getList("stages.position", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, active.getList("stages").size()).boxed().toList());
        assertThat(active.getInt("stages.find { it.id == '" + second + "' }.position")).isEqualTo(secondPosition - 1);

        admin.as().when().get(WORKFLOW + "?includeRetired=true").then()
                .body("stages.find { it.id == '" + first + "' }.retiredAt", notNullValue())
                .body("stages.find { it.id == '" + first + "' }.subStages[0].retiredAt", notNullValue())
                .body("stages.find { it.id == '" + first + "' }.subStages[0].steps[0].retiredAt", notNullValue());
        admin.as().when().get(WORKFLOW + "/steps/" + step).then().statusCode(200).body("retiredAt", notNullValue())
                .header("ETag", "\"1\"");
        addSubStage(first, "Late", null).statusCode(409).body("code", equalTo("stage.retired"));
        move("stages", first, 1).statusCode(409);
        rename("sub-stages", sub, "Renamed", "\"1\"").statusCode(409).body("code", equalTo("sub-stage.retired"));

        String reused = admin.as().contentType(ContentType.JSON).body(Map.of("name",
                        admin.as().when().get(WORKFLOW + "/stages/" + first).then().extract().path("name")))
                .when().post(WORKFLOW + "/stages").then().statusCode(201).extract().path("key");
        assertThat(reused).endsWith("-2");
        admin.as().when().get(WORKFLOW + "/sub-stages/" + sub).then().body("retiredAt", notNullValue());
        admin.as().when().get(WORKFLOW + "/stages/" + step).then().statusCode(404);
    }

    @Test
    void concurrentMovesLeavePositionsUniqueAndContiguous() throws Exception {
        String stage = addStage("Racing");
        List<String> subs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            subs.add(addSubStage(stage, "Lane " + i, null).extract().path("id"));
        }
        var pool = Executors.newFixedThreadPool(6);
        var random = new java.util.Random(42);
        List<Callable<Integer>> moves = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String moving = subs.get(random.nextInt(subs.size()));
            int to = random.nextInt(subs.size()) + 1;
            moves.add(() -> move("sub-stages", moving, to).extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (var result : pool.invokeAll(moves)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200);
        assertThat(subStages(stage, false)).containsExactlyInAnyOrderElementsOf(subs);
        assertPositionsContiguous(stage);
    }

    @Test
    void everyWriteIsAudited() {
        String stage = addStage("Audited");
        admin.as().queryParam("targetId", stage).when().get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.action", hasItems("workflow.stage.added"));
        move("stages", stage, 1).statusCode(200);
        admin.as().queryParam("targetId", stage).when().get("/api/v1/admin/audit-log").then()
                .body("items.action", hasItems("workflow.stage.added", "workflow.stage.moved"))
                .body("items.find { it.action == 'workflow.stage.moved' }.after.position", equalTo(1))
                .body("items.find { it.action == 'workflow.stage.moved' }.before", notNullValue());
        move("stages", stage, 1).statusCode(200).body("retiredAt", nullValue());
    }

    private String addStage(String name) {
        return admin.as().contentType(ContentType.JSON).body(Map.of("name", unique(name)))
                .when().post(WORKFLOW + "/stages").then().statusCode(201).header("ETag", "\"0\"")
                .body("level", equalTo("stage")).extract().path("id");
    }

    private ValidatableResponse addSubStage(String stage, String name, Integer position) {
        return addSubStage(stage, name, position, null);
    }

    private ValidatableResponse addSubStage(String stage, String name, Integer position, String key) {
        var body = new java.util.HashMap<String, Object>(Map.of("name", name));
        if (position != null) {
            body.put("position", position);
        }
        if (key != null) {
            body.put("key", key);
        }
        return admin.as().contentType(ContentType.JSON).body(body)
                .when().post(WORKFLOW + "/stages/" + stage + "/sub-stages").then();
    }

    private ValidatableResponse move(String collection, String id, int position) {
        return admin.as().contentType(ContentType.JSON).body(Map.of("position", position))
                .when().post(WORKFLOW + "/" + collection + "/" + id + "/move").then();
    }

    private ValidatableResponse rename(String collection, String id, String name, String ifMatch) {
        var request = admin.as().contentType(ContentType.JSON).body(Map.of("name", name));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(WORKFLOW + "/" + collection + "/" + id).then();
    }

    private List<String> subStages(String stage, boolean includeRetired) {
        return admin.as().when().get(WORKFLOW + "?includeRetired=" + includeRetired).then().statusCode(200)
                .extract().jsonPath().getList("stages.find { it.id == '" + stage + "' }.subStages.id", String.class);
    }

    private void assertPositionsContiguous(String stage) {
        List<Integer> positions = admin.as().when().get(WORKFLOW).then().extract().jsonPath()
                .getList("stages.find { it.id == '" + stage + "' }.subStages.position", Integer.class);
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, positions.size()).boxed().toList());
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
