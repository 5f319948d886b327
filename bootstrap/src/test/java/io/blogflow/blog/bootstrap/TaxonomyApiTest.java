package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hierarchical categories and topic clusters, against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TaxonomyApiTest {

    private static final String CATEGORIES = "/api/v1/categories";
    private static final String CLUSTERS = "/api/v1/topic-clusters";
    private static final String POSTS = "/api/v1/posts";

    private Tokens editor;

    @BeforeEach
    void anEditor() {
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
    }

    @Test
    void categoriesFormATreeWithUniqueNamesAndNoCycles() {
        String food = category("Food", null);
        String baking = category("Baking", food);
        String bread = category("Bread", baking);

        editor.as().contentType(ContentType.JSON).body(Map.of("name", name("Food").toUpperCase()))
                .when().post(CATEGORIES).then().statusCode(409);
        put(food, Map.of("name", name("Food"), "parentId", bread), 0).statusCode(409)
                .body("code", equalTo("category.cycle"));
        put(food, Map.of("name", name("Food"), "parentId", food), 0).statusCode(400)
                .body("code", equalTo("parent-id.self"));
        put(baking, Map.of("name", name("Baking"), "parentId", UUID.randomUUID().toString()), 0).statusCode(400)
                .body("errors[0].code", equalTo("parent-id.unknown"));
        put(bread, Map.of("name", name("Bread"), "parentId", food), 0).statusCode(200)
                .body("parentId", equalTo(food)).header("ETag", "\"1\"");
        put(bread, Map.of("name", name("Bread")), 0).statusCode(412);
        editor.as().when().get(CATEGORIES + "/" + bread).then().statusCode(200).body("parentId", equalTo(food));
        assertThat(everyItem("/api/v1/public/categories")).filteredOn(item -> bread.equals(item.get("id")))
                .extracting(item -> item.get("parentId")).containsExactly(food);
        var first = io.restassured.RestAssured.given().queryParam("size", 1).when().get("/api/v1/public/categories")
                .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(1))
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age")).extract();
        assertThat(first.headers().getValues("Link")).anyMatch(link -> link.endsWith("rel=\"next\""));
        io.restassured.RestAssured.given().queryParam("size", 1).header("If-None-Match", first.header("ETag"))
                .when().get("/api/v1/public/categories").then().statusCode(304);
    }

    /** Every item of a public collection, page by page (the shared test database holds many). */
    private static java.util.List<Map<String, Object>> everyItem(String path) {
        java.util.List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            java.util.List<Map<String, Object>> items = io.restassured.RestAssured.given().queryParam("size", 100)
                    .queryParam("page", page).when().get(path).then().statusCode(200).extract().path("items");
            all.addAll(items);
            if (items.size() < 100) {
                return all;
            }
        }
    }

    @Test
    void aCategoryWithPostsIsDeletedOnlyByMovingThemAndItsChildrenMoveUp() {
        String food = category("Cuisine", null);
        String baking = category("Patisserie", food);
        String bread = category("Viennoiserie", baking);
        String post = editor.as().contentType(ContentType.JSON).body(Map.of("title", "Croissants", "categoryId", baking))
                .when().post(POSTS).then().statusCode(201).body("categoryId", equalTo(baking))
                .extract().header("Location");

        editor.as().header("If-Match", "\"0\"").when().delete(CATEGORIES + "/" + baking)
                .then().statusCode(409).body("code", equalTo("category.has-posts"));
        editor.as().header("If-Match", "\"0\"").when().delete(CATEGORIES + "/" + baking + "?movePostsTo=nope")
                .then().statusCode(400);
        editor.as().header("If-Match", "\"0\"").when().delete(CATEGORIES + "/" + baking + "?movePostsTo=" + food)
                .then().statusCode(204);

        editor.as().when().get(post).then().body("categoryId", equalTo(food)).header("ETag", "\"1\"");
        editor.as().when().get(CATEGORIES + "/" + bread).then().body("parentId", equalTo(food));
        editor.as().when().get(CATEGORIES + "/" + baking).then().statusCode(404);
    }

    @Test
    void twoConcurrentOppositeMovesCannotBuildACycle() throws Exception {
        String left = category("Left", null);
        String right = category("Right", null);
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> moves = List.of(
                () -> put(left, Map.of("name", name("Left"), "parentId", right), 0).extract().statusCode(),
                () -> put(right, Map.of("name", name("Right"), "parentId", left), 0).extract().statusCode());

        List<Integer> statuses = new java.util.ArrayList<>();
        for (var result : pool.invokeAll(moves)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void onlyEditorsShapeCategoriesAndPostsMustNameExistingOnes() {
        Tokens author = Accounts.author();
        author.as().contentType(ContentType.JSON).body(Map.of("name", name("Mine"))).when().post(CATEGORIES)
                .then().statusCode(403);
        author.as().when().get(CATEGORIES).then().statusCode(200);
        author.as().contentType(ContentType.JSON).body(Map.of("title", "Misfiled", "categoryId",
                UUID.randomUUID().toString(), "topicClusterId", UUID.randomUUID().toString()))
                .when().post(POSTS).then().statusCode(400)
                .body("errors.code", org.hamcrest.Matchers.hasItems("category-id.unknown", "topic-cluster-id.unknown"));
    }

    @Test
    void aClusterHasOnePillarAndDeletingItLeavesItsPostsUnclustered() {
        String cluster = editor.as().contentType(ContentType.JSON).body(Map.of("name", name("Fermentation")))
                .when().post(CLUSTERS).then().statusCode(201).extract().path("id");
        String pillar = post(Map.of("title", "Fermentation guide", "topicClusterId", cluster, "pillar", true))
                .header("Location");
        post(Map.of("title", "Kimchi", "topicClusterId", cluster)).header("Location");

        editor.as().contentType(ContentType.JSON).body(Map.of("title", "Second pillar", "topicClusterId", cluster,
                "pillar", true)).when().post(POSTS).then().statusCode(409)
                .body("code", equalTo("topic-cluster.pillar-taken"));
        editor.as().contentType(ContentType.JSON).body(Map.of("title", "Loose pillar", "pillar", true))
                .when().post(POSTS).then().statusCode(400).body("errors[0].code", equalTo("pillar.needs-cluster"));

        assertThat(everyItem("/api/v1/public/topic-clusters")).extracting(item -> item.get("id")).contains(cluster);
        editor.as().header("If-Match", "\"0\"").when().delete(CLUSTERS + "/" + cluster).then().statusCode(204);
        editor.as().when().get(pillar).then().body("topicClusterId", nullValue()).body("pillar", equalTo(false));
    }

    @Test
    void theClusterOverviewShowsWhichPostsAndPillarDoNotLinkToEachOther() {
        String cluster = editor.as().contentType(ContentType.JSON).body(Map.of("name", name("Coffee")))
                .when().post(CLUSTERS).then().statusCode(201).extract().path("id");
        String espresso = "espresso-" + suffix;
        String filter = "filter-" + suffix;
        post(Map.of("title", "Coffee guide", "topicClusterId", cluster, "pillar", true, "slug", "coffee-" + suffix,
                "contentMarkdown", "Start with [espresso](/" + espresso + ")."));
        post(Map.of("title", "Espresso", "slug", espresso, "topicClusterId", cluster,
                "contentMarkdown", "Back to the [guide](/coffee-" + suffix + ")."));
        post(Map.of("title", "Filter", "slug", filter, "topicClusterId", cluster, "contentMarkdown", "No links."));

        editor.as().when().get(CLUSTERS + "/" + cluster + "/overview").then().statusCode(200)
                .body("pillar.title", equalTo("Coffee guide"))
                .body("posts.title", org.hamcrest.Matchers.contains("Espresso", "Filter"))
                .body("posts[0].linksToPillar", equalTo(true)).body("posts[0].linkedFromPillar", equalTo(true))
                .body("notLinkingToPillar.slug", org.hamcrest.Matchers.contains(filter))
                .body("notLinkedFromPillar.slug", org.hamcrest.Matchers.contains(filter));
        editor.as().when().get(CLUSTERS + "/" + UUID.randomUUID() + "/overview").then().statusCode(404);
    }

    @Test
    void aCategoryFeedListsThePostsOfItsSubCategoriesToo() {
        String parent = category("Gardening", null);
        String child = category("Roses", parent);
        String location = post(Map.of("title", "Pruning roses " + suffix, "categoryId", child,
                "contentMarkdown", "Cut.", "metaDescription", "How to prune.")).header("Location");
        editor.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);

        io.restassured.RestAssured.given().when().get("/feeds/categories/gardening-" + suffix + "/rss.xml")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/rss+xml"))
                .body(org.hamcrest.Matchers.containsString("Pruning roses " + suffix))
                .body(org.hamcrest.Matchers.containsString(name("Gardening")));
        io.restassured.RestAssured.given().when().get("/feeds/categories/roses-" + suffix + "/atom.xml")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Pruning roses " + suffix));
        io.restassured.RestAssured.given().when().get("/feeds/categories/no-such-" + suffix + "/rss.xml")
                .then().statusCode(404).body("code", equalTo("category-not-found"));
    }

    private ExtractableResponse<Response> post(Map<String, Object> fields) {
        return editor.as().contentType(ContentType.JSON).body(fields).when().post(POSTS).then().statusCode(201)
                .extract();
    }

    private io.restassured.response.ValidatableResponse put(String id, Map<String, Object> body, long version) {
        return editor.as().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .when().put(CATEGORIES + "/" + id).then();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private String name(String base) {
        return base + " " + suffix;
    }

    private String category(String base, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name(base)));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return editor.as().contentType(ContentType.JSON).body(body).when().post(CATEGORIES)
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }
}
