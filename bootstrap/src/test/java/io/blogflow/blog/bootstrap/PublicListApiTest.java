package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.analytics.application.port.out.PostViewCounter;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters, orders and sparse fields of the public list, against the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PublicListApiTest {

    private static final String LIST = "/api/v1/public/posts";

    @Inject
    EntityManager em;

    /** Where analytics' rollups hand their view totals: the blog's counter, through its in-port. */
    @Inject
    PostViewCounter viewCounter;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Tokens editor;
    private String parent;
    private String parentSlug;
    private String childSlug;
    private String clusterSlug;
    private String alpha;
    private String beta;

    @BeforeEach
    void aSmallPublication() {
        editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        parent = editor.as().contentType(ContentType.JSON).body(Map.of("name", "Drinks " + run))
                .when().post("/api/v1/categories").then().statusCode(201).extract().path("id");
        parentSlug = "drinks-" + run;
        String child = editor.as().contentType(ContentType.JSON).body(Map.of("name", "Tea " + run, "parentId", parent))
                .when().post("/api/v1/categories").then().statusCode(201).extract().path("id");
        childSlug = "tea-" + run;
        String cluster = editor.as().contentType(ContentType.JSON).body(Map.of("name", "Brewing " + run))
                .when().post("/api/v1/topic-clusters").then().statusCode(201).extract().path("id");
        clusterSlug = "brewing-" + run;

        alpha = published(Map.of("title", "Alpha " + run, "categoryId", child, "topicClusterId", cluster,
                "contentLanguage", "de"), List.of("Matcha " + run));
        beta = published(Map.of("title", "Beta " + run, "categoryId", parent, "contentLanguage", "en-GB"), List.of());
    }

    @Test
    void aCategoryListsItsSubCategoriesPostsToo() {
        list("category=" + parentSlug + "&sort=title").body("items.title", contains("Alpha " + run, "Beta " + run))
                .body("total", equalTo(2));
        list("category=" + childSlug).body("items.title", contains("Alpha " + run));
        list("category=unknown-" + run).body("total", equalTo(0));

        String etag = given().when().get(LIST + "?category=" + childSlug).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(LIST + "?category=" + childSlug).then().statusCode(304);
    }

    @Test
    void tagClusterLanguageAndDateFiltersCombine() {
        list("tag=matcha-" + run).body("items.title", contains("Alpha " + run));
        list("cluster=" + clusterSlug).body("items.title", contains("Alpha " + run));
        list("category=" + parentSlug + "&language=en").body("items.title", contains("Beta " + run));
        list("category=" + parentSlug + "&language=de&tag=matcha-" + run).body("items.title", contains("Alpha " + run));
        list("category=" + parentSlug + "&from=2000-01-01&to=2999-01-01").body("total", equalTo(2));
        list("category=" + parentSlug + "&from=2999-01-01").body("total", equalTo(0));
        list("category=" + parentSlug + "&to=2000-01-01T00:00:00Z").body("total", equalTo(0));
    }

    @Test
    void popularSortsByViewsAndFieldsSelectsWhatIsSent() {
        // views are the blog's counter, set from analytics' rollups: the post row is not touched
        Object version = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT version FROM posts WHERE id = :id").setParameter("id", UUID.fromString(beta)).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> viewCounter.update(Map.of(UUID.fromString(beta), 42L)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT version FROM posts WHERE id = :id").setParameter("id", UUID.fromString(beta))
                .getSingleResult())).isEqualTo(version);

        list("category=" + parentSlug + "&sort=popular").body("items.title", contains("Beta " + run, "Alpha " + run))
                .body("items[0].views", equalTo(42));
        // the single post's answer reads the same counter
        given().when().get(LIST + "/by-slug/beta-" + run).then().statusCode(200).body("counters.views", equalTo(42));
        list("category=" + parentSlug + "&fields=title,views").body("items[0].keySet()",
                containsInAnyOrder("title", "views"));
    }

    @Test
    void theUnfilteredTotalIsTheTriggerKeptCountAndFollowsPublishingAndTrash() {
        int before = given().when().get(LIST + "?size=1").then().statusCode(200).extract().path("total");
        assertTotalMatchesTheRows(before);

        editor.as().header("If-Match", etag(beta)).when().delete("/api/v1/posts/" + beta).then().statusCode(204);
        editor.as().header("If-Match", etag(alpha)).when().post("/api/v1/posts/" + alpha + "/unpublish")
                .then().statusCode(200);

        list("size=1").body("total", equalTo(before - 2));
        assertTotalMatchesTheRows(before - 2);
    }

    private String etag(String post) {
        return editor.as().when().get("/api/v1/posts/" + post).then().statusCode(200).extract().header("ETag");
    }

    private void assertTotalMatchesTheRows(int total) {
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM posts WHERE status = 'PUBLISHED' AND deleted_at IS NULL").getSingleResult());
        org.assertj.core.api.Assertions.assertThat(rows.intValue()).isEqualTo(total);
    }

    @Test
    void aCursorContinuesAfterTheLastPostInEachSortAndTheLastPageHasNone() {
        for (String sort : List.of("newest", "oldest", "title", "popular")) {
            String filter = "category=" + parentSlug + "&sort=" + sort + "&size=1";
            var first = given().when().get(LIST + "?" + filter).then().statusCode(200)
                    .body("page", equalTo(1)).body("totalCapped", equalTo(false)).body("total", equalTo(2))
                    .extract();
            String firstTitle = first.path("items[0].title");
            String cursor = first.path("nextCursor");
            org.assertj.core.api.Assertions.assertThat(first.headers().getValues("Link")).as(sort)
                    .anyMatch(link -> link.contains("cursor=" + cursor + ">") && link.endsWith("rel=\"next\""));

            var second = list(filter + "&cursor=" + cursor).body("page", org.hamcrest.Matchers.nullValue())
                    .body("items", org.hamcrest.Matchers.hasSize(1))
                    .body("nextCursor", org.hamcrest.Matchers.nullValue()).extract();
            org.assertj.core.api.Assertions.assertThat(List.of(firstTitle, second.<String>path("items[0].title")))
                    .as(sort).containsExactlyInAnyOrder("Alpha " + run, "Beta " + run);
        }
    }

    @Test
    void deepPagesByNumberAndForeignCursorsAreRefusedPointingAtTheCursor() {
        given().when().get(LIST + "?size=100&page=52").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("page.too-deep"))
                .body("detail", org.hamcrest.Matchers.containsString("nextCursor"));
        given().when().get(LIST + "?cursor=not-a-cursor").then().statusCode(400).body("code", equalTo("cursor.invalid"));
        String newest = given().when().get(LIST + "?size=1").then().statusCode(200).extract().path("nextCursor");
        given().when().get(LIST + "?sort=title&cursor=" + newest).then().statusCode(400)
                .body("code", equalTo("cursor.invalid"));
        given().when().get(LIST + "?page=2&cursor=" + newest).then().statusCode(400)
                .body("code", equalTo("cursor.with-page"));
    }

    @Test
    void invalidParametersAreProblemsNamingEachOne() {
        given().when().get(LIST + "?sort=best&fields=title,body&tag=Not_A_Slug&language=english&from=yesterday")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("sort", "fields", "tag", "language", "from"));
    }

    private io.restassured.response.ValidatableResponse list(String query) {
        return given().when().get(LIST + "?" + query).then().statusCode(200);
    }

    private String published(Map<String, Object> fields, List<String> tags) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("contentMarkdown", "Some text.");
        body.put("metaDescription", "About it.");
        String location = editor.as().contentType(ContentType.JSON).body(body).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        if (!tags.isEmpty()) {
            editor.as().contentType(ContentType.JSON).body(Map.of("tags", tags)).when().put(location + "/tags")
                    .then().statusCode(200);
        }
        editor.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
