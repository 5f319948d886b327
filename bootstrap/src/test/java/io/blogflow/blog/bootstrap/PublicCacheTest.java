package io.blogflow.blog.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The in-process cache of rendered public answers: served from memory, and emptied by the database's change signal
 * whoever changed the content — this instance through the API, or anything else writing to the database directly
 * (as another instance would).
 */
@QuarkusTest
@TestProfile(PublicCacheTest.CacheOn.class)
@WithTestResource(PostgresTestResource.class)
class PublicCacheTest {

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One search at a time, and a held one is not cancelled while a test keeps it waiting.
            return Map.of("blogflow.public-cache.enabled", "true", "blogflow.public-cache.ttl", "1h",
                    "blogflow.public-reads.max-concurrent-searches", "1",
                    "blogflow.public-reads.search-statement-timeout", "60s");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void cachedAnswersFollowChangesMadeThroughTheApiAndDirectlyInTheDatabase() {
        Tokens author = Accounts.author();
        String slug = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Cached", "slug", slug,
                "contentMarkdown", "Body", "metaDescription", "About")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        eventually(() -> title(slug), "Cached");
        given().header("If-None-Match", "\"p1\"").when().get("/api/v1/public/posts/by-slug/" + slug)
                .then().statusCode(304);

        author.as().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"title\": \"Renamed\"}").when().patch(location).then().statusCode(200);
        eventually(() -> title(slug), "Renamed");

        String id = location.substring(location.lastIndexOf('/') + 1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE posts SET title = 'Changed elsewhere', version = version + 1 WHERE id = :id")
                .setParameter("id", UUID.fromString(id)).executeUpdate());
        eventually(() -> title(slug), "Changed elsewhere");
        given().when().get("/api/v1/public/posts?fields=title&size=100").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("Changed elsewhere"));
    }

    /**
     * A kept answer is served from the cache before the REST layer (CachedPublicReads): the same status, headers and
     * body as the REST layer's own first answer, 304 on a matching If-None-Match, and the URI template in the
     * metrics.
     */
    @Test
    void aKeptAnswerIsServedExactlyAsTheRestLayerServedIt() {
        Tokens author = Accounts.author();
        String slug = "hot-" + UUID.randomUUID().toString().substring(0, 8);
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Hot path", "slug", slug,
                "contentMarkdown", "Body", "metaDescription", "About")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);

        for (String path : java.util.List.of("/api/v1/public/posts/by-slug/" + slug,
                "/api/v1/public/posts?size=2&fields=title,slug")) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(given().when().get(path).then().extract().asString()).contains(slug));
            var rendered = given().when().get(path).then().statusCode(200).extract();
            var kept = given().when().get(path).then().statusCode(200).extract();
            assertThat(kept.asString()).isEqualTo(rendered.asString());
            for (String header : java.util.List.of("Content-Type", "ETag", "Cache-Control", "Link")) {
                assertThat(kept.headers().getValues(header)).as(header)
                        .isEqualTo(rendered.headers().getValues(header));
            }
            assertThat(kept.header("ETag")).isNotBlank();
            assertThat(kept.header("X-Request-Id")).isNotBlank();
            given().header("If-None-Match", kept.header("ETag")).when().get(path).then().statusCode(304)
                    .header("ETag", kept.header("ETag")).header("Cache-Control", kept.header("Cache-Control"));
            given().header("If-None-Match", "\"other\", W/" + kept.header("ETag")).when().get(path).then()
                    .statusCode(304);
            given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200);
            // a caller with a token takes the REST path, with the same answer
            author.as().when().get(path).then().statusCode(200).header("ETag", kept.header("ETag"));
        }
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("uri=\"/api/v1/public/posts/by-slug/{slug}\"").doesNotContain("by-slug/" + slug);
    }

    /**
     * Search answers are kept like list pages (keyed by the request URI, with an ETag) and follow published content
     * the same way: a post published after a search was kept appears in it once the change signal arrives.
     */
    @Test
    void aKeptSearchAnswerIsServedAgainAndFollowsPublishing() {
        Tokens author = Accounts.author();
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        String search = "/api/v1/public/posts/search?q=" + word;
        var first = given().when().get(search).then().statusCode(200).body("total", equalTo(0)).extract();
        var again = given().when().get(search).then().statusCode(200).extract();
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isNotBlank().isEqualTo(first.header("ETag"));
        given().header("If-None-Match", again.header("ETag")).when().get(search).then().statusCode(304);

        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "About " + word,
                "contentMarkdown", "Body", "metaDescription", "About")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);

        eventually(() -> String.valueOf(given().when().get(search).then().statusCode(200)
                .extract().<Integer>path("total")), "1");
    }

    /**
     * While the search bulkhead is full, an anonymous search that is not kept is refused on the event loop
     * (BusySearches) with the answer the REST layer gives a search it refuses (a caller with a token takes that
     * path): the same status, problem body, headers and URI template in the metrics. The search holding the place is
     * kept waiting by a lock on the posts table, and completes once it is released.
     */
    @Test
    void aSearchBeyondTheBulkheadIsRefusedOnTheEventLoopAsTheRestLayerRefusesIt() throws Exception {
        Tokens reader = Accounts.author();
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        CompletableFuture<Integer> held;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE posts IN ACCESS EXCLUSIVE MODE");
                held = CompletableFuture.supplyAsync(() -> given().when()
                        .get("/api/v1/public/posts/search?q=" + word + "held").then().extract().statusCode());
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                        waitingSearches() == 1);

                var rest = reader.as().header("X-Request-Id", "busy-rest").when()
                        .get("/api/v1/public/posts/search?q=" + word + "&size=5").then().extract();
                var edge = given().header("X-Request-Id", "busy-edge").when()
                        .get("/api/v1/public/posts/search?q=" + word + "&size=5").then().extract();

                assertThat(rest.statusCode()).isEqualTo(503);
                assertThat(edge.statusCode()).isEqualTo(503);
                assertThat(edge.asString()).isEqualTo(rest.asString().replace("busy-rest", "busy-edge"));
                assertThat(edge.<String>path("code")).isEqualTo("search-busy");
                assertThat(edge.<String>path("requestId")).isEqualTo("busy-edge");
                for (String header : List.of("Content-Type", "Retry-After", "X-Request-Id", "Cache-Control", "ETag")) {
                    assertThat(edge.headers().getValues(header)).as(header).isEqualTo(header.equals("X-Request-Id")
                            ? List.of("busy-edge") : rest.headers().getValues(header));
                }
                assertThat(names(edge.headers())).isEqualTo(names(rest.headers()));
                assertThat(edge.header("Retry-After")).isEqualTo("1");
                // an invalid search is not judged there: its answer is the validation's
                given().when().get("/api/v1/public/posts/search?q=").then().statusCode(400);
                given().when().get("/api/v1/public/posts/search?q=" + word + "&page=0").then().statusCode(400);
            } finally {
                lock.rollback();
            }
        }
        assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(given().when().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count")
                        && line.contains("status=\"503\"") && line.contains("search")))
                .allMatch(line -> line.contains("uri=\"/api/v1/public/posts/search\"")).isNotEmpty();
    }

    /** Searches waiting for a lock, seen from a connection of its own (a transaction sees one snapshot of them). */
    private long waitingSearches() throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                     + "'blogflow-search' AND wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The response's header names, less those whose presence depends on the moment (Date) or the length. */
    private static Set<String> names(io.restassured.http.Headers headers) {
        return headers.asList().stream().map(h -> h.getName().toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals("date") && !name.equals("content-length"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String title(String slug) {
        return given().when().get("/api/v1/public/posts/by-slug/" + slug).then().statusCode(200)
                .extract().path("title");
    }

    /** The signal is asynchronous (it arrives after the commit): poll until it took effect, within a deadline. */
    private static void eventually(Supplier<String> actual, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(actual.get()).isEqualTo(expected));
    }
}
