package io.blogflow.workflow.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A post's progress through the seeded workflow, against the real database. Other test classes may add, move or
 * retire items of the workflow, so seeded items are looked up by key and only their relative order is assumed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostProgressApiTest {

    @Inject
    AgroalDataSource dataSource;

    private Tokens author;
    private String post;
    private JsonPath definition;

    @BeforeEach
    void anAuthorWithAPost() {
        author = Accounts.author();
        post = author.as().contentType(ContentType.JSON).body(Map.of("title", "Progress " + System.nanoTime()))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
        definition = author.as().when().get("/api/v1/workflow").then().statusCode(200).extract().jsonPath();
    }

    private String path() {
        return "/api/v1/posts/" + post + "/workflow";
    }

    private String stage(String key) {
        return definition.getString("stages.find { it.key == '" + key + "' }.id");
    }

    private String sub(String stage, String key) {
        return definition.getString("stages.find { it.key == '" + stage + "' }.subStages.find { it.key == '" + key
                + "' }.id");
    }

    private JsonPath read() {
        return author.as().when().get(path()).then().statusCode(200).extract().jsonPath();
    }

    private Response move(String action, String subStage, long version, Object body) {
        var request = author.as().header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        String url = subStage == null ? path() + "/" + action : path() + "/sub-stages/" + subStage + "/" + action;
        return request.when().post(url);
    }

    private long moveOk(String action, String subStage, long version) {
        return move(action, subStage, version, null).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private String subStatus(JsonPath progress, String stage, String sub) {
        return progress.getString("stages.find { it.key == '" + stage + "' }.subStages.find { it.key == '" + sub
                + "' }.status");
    }

    /** Completes every required sub-stage of the current stage (starting it when needed) and advances. */
    private long finishStageAndAdvance(long version) {
        JsonPath progress = read();
        String stageKey = progress.getString("current.stageKey");
        for (String open : progress.getList("stages.find { it.key == '" + stageKey + "' }.openRequiredSubStages",
                String.class)) {
            String subId = progress.getString("stages.find { it.key == '" + stageKey + "' }.subStages.find { it.name"
                    + " == '" + open + "' }.subStageId");
            String status = progress.getString("stages.find { it.key == '" + stageKey + "' }.subStages.find { it.name"
                    + " == '" + open + "' }.status");
            if (!status.equals("in_progress")) {
                version = moveOk("start", subId, version);
            }
            version = moveOk("complete", subId, version);
        }
        return moveOk("advance", null, version);
    }

    @Test
    void aPostStartsLazilyAtPlanningIdea() {
        var response = author.as().when().get(path()).then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0)).body("current.stageKey", equalTo("planning"))
                .body("current.subStageKey", equalTo("idea")).body("finished", equalTo(false))
                .extract().jsonPath();
        assertThat(subStatus(response, "planning", "idea")).isEqualTo("in_progress");
        assertThat(subStatus(response, "planning", "research")).isEqualTo("not_started");
        assertThat(response.getString("stages.find { it.key == 'planning' }.status")).isEqualTo("in_progress");
        assertThat(response.getBoolean("stages.find { it.key == 'writing' }.canComplete")).isFalse();
        assertThat(response.getList("stages.find { it.key == 'writing' }.openRequiredSubStages", String.class))
                .contains("Content");
        assertThat(response.getBoolean("stages.find { it.key == 'writing' }.subStages.find { it.key == 'content' }"
                + ".required")).isTrue();
        author.as().when().get(path()).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void subStagesAreStartedCompletedAndSkippedWithTheirDetails() {
        read();
        JsonPath started = move("start", sub("planning", "research"), 0, Map.of("notes", "sources",
                "inputFields", List.of("basicIdea"), "outputFields", List.of("interestingFacts")))
                .then().statusCode(200).header("ETag", "\"1\"").body("current.subStageKey", equalTo("research"))
                .extract().jsonPath();
        String research = "stages.find { it.key == 'planning' }.subStages.find { it.key == 'research' }";
        assertThat(started.getString(research + ".notes")).isEqualTo("sources");
        assertThat(started.getList(research + ".inputFields", String.class)).containsExactly("basicIdea");
        assertThat(started.getList(research + ".outputFields", String.class)).containsExactly("interestingFacts");
        assertThat(started.getString(research + ".startedAt")).isNotNull();

        JsonPath completed = move("complete", sub("planning", "research"), 1, null).then().statusCode(200)
                .extract().jsonPath();
        assertThat(completed.getString(research + ".status")).isEqualTo("done");
        assertThat(completed.getString(research + ".completedAt")).isNotNull();
        assertThat(completed.getString(research + ".notes")).isEqualTo("sources");

        JsonPath skipped = move("skip", sub("planning", "idea"), 2, null).then().statusCode(200).extract().jsonPath();
        assertThat(subStatus(skipped, "planning", "idea")).isEqualTo("skipped");

        move("complete", sub("planning", "idea"), 3, null).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("progress.cannot-complete"));
        move("start", sub("writing", "content"), 3, null).then().statusCode(409)
                .body("code", equalTo("progress.not-current-stage"));
        move("start", "not-a-uuid", 3, null).then().statusCode(404);
        move("start", sub("planning", "structure"), 3, Map.of("inputFields", List.of("Bad Key")))
                .then().statusCode(400).body("errors[0].field", equalTo("inputFields"));
        move("start", sub("planning", "structure"), 3, Map.of("unknown", 1)).then().statusCode(400)
                .contentType("application/problem+json");
        author.as().header("If-Match", "\"3\"").contentType(ContentType.JSON).body("{not json")
                .when().post(path() + "/sub-stages/" + sub("planning", "structure") + "/start").then().statusCode(400)
                .body("code", equalTo("malformed-json"));
    }

    @Test
    void advanceIsRefusedWhileARequiredSubStageIsOpenThenGoesThroughToTheEnd() {
        read();
        long version = moveOk("advance", null, 0);
        JsonPath writing = read();
        assertThat(writing.getString("current.stageKey")).isEqualTo("writing");
        assertThat(writing.getString("stages.find { it.key == 'planning' }.status")).isEqualTo("done");
        String firstWritingSub = writing.getString("current.subStageKey");
        assertThat(firstWritingSub).isNotNull();

        move("skip", sub("writing", "content"), version, null).then().statusCode(200);
        version++;
        move("advance", null, version, null).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("stage.required-open")).body("detail", containsString("Content"));
        version = moveOk("start", sub("writing", "content"), version);
        version = moveOk("complete", sub("writing", "content"), version);
        version = moveOk("advance", null, version);
        assertThat(read().getString("current.stageKey")).isNotEqualTo("writing");

        for (int guard = 0; guard < 20 && !read().getBoolean("finished"); guard++) {
            version = finishStageAndAdvance(version);
        }
        JsonPath end = read();
        assertThat(end.getBoolean("finished")).isTrue();
        assertThat(end.getString("stages.find { it.key == 'publishing' }.status")).isEqualTo("done");
        assertThat(subStatus(end, "publishing", "final-check")).isEqualTo("done");
        move("advance", null, version, null).then().statusCode(409).body("code", equalTo("progress.finished"));
    }

    @Test
    void rewindReopensAnEarlierPositionAndHistoryListsEveryMoveNewestFirst() {
        read();
        long version = moveOk("start", sub("planning", "research"), 0);
        version = moveOk("complete", sub("planning", "research"), version);
        version = moveOk("advance", null, version);
        move("rewind", null, version, Map.of("stageId", stage("writing"), "subStageId", sub("writing", "content")))
                .then().statusCode(409).body("code", equalTo("progress.not-earlier"));
        move("rewind", null, version, Map.of("stageId", stage("planning"))).then().statusCode(400)
                .body("errors[0].field", equalTo("subStageId"));
        move("rewind", null, version, Map.of("stageId", stage("planning"), "subStageId", sub("writing", "content")))
                .then().statusCode(404);
        JsonPath rewound = move("rewind", null, version, Map.of("stageId", stage("planning"),
                "subStageId", sub("planning", "research"))).then().statusCode(200)
                .body("current.stageKey", equalTo("planning")).body("current.subStageKey", equalTo("research"))
                .extract().jsonPath();
        assertThat(rewound.getString("stages.find { it.key == 'planning' }.status")).isEqualTo("in_progress");
        assertThat(subStatus(rewound, "planning", "research")).isEqualTo("in_progress");
        assertThat(subStatus(rewound, "writing", "content")).isEqualTo("in_progress");

        JsonPath history = author.as().when().get(path() + "/history").then().statusCode(200)
                .body("total", equalTo(4)).extract().jsonPath();
        assertThat(history.getList("items.kind", String.class)).containsExactly("rewind", "advance", "complete",
                "start");
        assertThat(history.getString("items[0].toSubStageId")).isEqualTo(sub("planning", "research"));
        assertThat(history.getString("items[0].fromStageId")).isEqualTo(stage("writing"));
        assertThat(history.getString("items[3].subStageId")).isEqualTo(sub("planning", "research"));
        assertThat(history.getString("items[0].actorId")).isNotNull();
        author.as().when().get(path() + "/history?size=1&page=2").then().statusCode(200)
                .body("items.kind", equalTo(List.of("advance")));
    }

    @Test
    void anotherAuthorsPostIsNotFoundAndWritesNeedACurrentIfMatch() {
        read();
        Tokens other = Accounts.author();
        other.as().when().get(path()).then().statusCode(404);
        other.as().header("If-Match", "\"0\"").when().post(path() + "/advance").then().statusCode(404);
        other.as().when().get(path() + "/history").then().statusCode(404);
        author.as().when().get("/api/v1/posts/nope/workflow").then().statusCode(404);

        author.as().when().post(path() + "/advance").then().statusCode(428);
        moveOk("start", sub("planning", "research"), 0);
        move("advance", null, 0, null).then().statusCode(412).contentType("application/problem+json")
                .body("currentVersion", equalTo(1));
    }

    @Test
    void ofTwoConcurrentAdvancesOneIsStale() throws Exception {
        read();
        var ready = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(() -> {
                ready.await();
                return move("advance", null, 0, null).statusCode();
            });
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = calls.stream().map(pool::submit).toList();
            ready.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdown();
        }
        assertThat(read().getLong("version")).isEqualTo(1);
    }

    @Test
    void theHistoryIsAppendOnlyButGoesWithItsPost() throws Exception {
        read();
        moveOk("advance", null, 0);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE post_workflow_history SET kind = 'skip' WHERE post_id"
                    + " = '" + post + "'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM post_workflow_history WHERE post_id = '" + post
                    + "'")).hasMessageContaining("append-only");
            statement.execute("DELETE FROM posts WHERE id = '" + post + "'");
            try (var rows = statement.executeQuery("SELECT count(*) FROM post_workflow_history WHERE post_id = '"
                    + post + "'")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }
}
