package io.blogflow.engagement.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** Likes and shares over HTTP against the real database: idempotent, exact under concurrency, apart from posts. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ReactionsApiTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    record Published(String id, String slug) {
    }

    @Test
    void aVisitorLikesOnceWhateverTheRetriesAndUnlikesIdempotently() {
        Published post = publishedPost();
        String alice = visitorKey();
        String bob = visitorKey();
        like(post, alice).then().statusCode(200).body("liked", equalTo(true)).body("likeCount", equalTo(1));
        like(post, alice).then().statusCode(200).body("likeCount", equalTo(1));
        like(post, bob).then().statusCode(200).body("likeCount", equalTo(2));
        unlike(post, alice).then().statusCode(200).body("liked", equalTo(false)).body("likeCount", equalTo(1));
        unlike(post, alice).then().statusCode(200).body("likeCount", equalTo(1));
        assertThat(count("SELECT count(*) FROM post_likes WHERE post_id = '" + post.id() + "'")).isEqualTo(1);
    }

    @Test
    void theServerKeepsOnlyAKeyedHashOfTheVisitorKey() {
        Published post = publishedPost();
        String key = visitorKey();
        like(post, key).then().statusCode(200);
        assertThat(count("SELECT count(*) FROM post_likes WHERE fingerprint_hash = '" + key + "'")).isZero();
        assertThat(count("SELECT count(*) FROM post_likes WHERE post_id = '" + post.id()
                + "' AND fingerprint_hash ~ '^[0-9a-f]{64}$'")).isEqualTo(1);
    }

    @Test
    void badRequestsAreProblemsNeverErrors() {
        Published post = publishedPost();
        client().when().put("/api/v1/public/posts/" + post.id() + "/like").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("X-Visitor-Key"));
        client().header("X-Visitor-Key", "short").when().put("/api/v1/public/posts/" + post.id() + "/like")
                .then().statusCode(400).body("errors[0].code", equalTo("visitor-key.invalid"));
        client().header("X-Visitor-Key", visitorKey()).when().put("/api/v1/public/posts/not-a-uuid/like")
                .then().statusCode(404).contentType("application/problem+json");
        client().header("X-Visitor-Key", visitorKey()).when().put("/api/v1/public/posts/" + UUID.randomUUID() + "/like")
                .then().statusCode(404).body("code", equalTo("post-not-found"));
        client().contentType(ContentType.JSON).body(Map.of("network", "Not a network!"))
                .when().post("/api/v1/public/posts/" + post.id() + "/shares")
                .then().statusCode(400).body("errors[0].field", equalTo("network"));
        client().contentType(ContentType.JSON).when().post("/api/v1/public/posts/" + post.id() + "/shares")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void draftsTakeNoLikes() {
        Tokens author = Accounts.author();
        String location = author.as().contentType(ContentType.JSON)
                .body(Map.of("title", "Unpublished", "contentMarkdown", "Body", "metaDescription", "About"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        client().header("X-Visitor-Key", visitorKey()).when().put("/api/v1/public/posts/" + id + "/like")
                .then().statusCode(404);
    }

    @Test
    void sharesAreCountedAndThePublicPostCarriesItsCounts() {
        Published post = publishedPost();
        share(post, "mastodon").then().statusCode(200).body("network", equalTo("mastodon"))
                .body("shareCount", equalTo(1));
        share(post, "LinkedIn").then().statusCode(200).body("network", equalTo("linkedin"))
                .body("shareCount", equalTo(2));
        like(post, visitorKey()).then().statusCode(200);
        String before = given().when().get("/api/v1/public/posts/by-slug/" + post.slug()).then().statusCode(200)
                .body("likeCount", equalTo(1)).body("shareCount", equalTo(2))
                .body("counters.likes", equalTo(1)).body("counters.shares", equalTo(2))
                .extract().header("ETag");
        like(post, visitorKey()).then().statusCode(200);
        given().header("If-None-Match", before).when().get("/api/v1/public/posts/by-slug/" + post.slug())
                .then().statusCode(200).body("likeCount", equalTo(2)).header("ETag", not(equalTo(before)));
    }

    @Test
    void aShareIsAlsoAnAnalyticsEventWithItsNetworkAndTheReadersCountryOnThePost() {
        Published post = publishedPost();
        // the trusted proxy's country header, as for a page view (CF-IPCountry in tests)
        client().header("User-Agent", FIREFOX).header("CF-IPCountry", "NZ").contentType(ContentType.JSON)
                .body(Map.of("network", "Bluesky"))
                .when().post("/api/v1/public/posts/" + post.id() + "/shares").then().statusCode(200);
        String shares = "SELECT count(*) FROM analytics_events WHERE name = 'share' AND post_id = '" + post.id()
                + "' AND props ->> 'network' = 'bluesky' AND path = '/" + post.slug() + "' AND country = 'NZ'";
        await().atMost(Duration.ofSeconds(30)).until(() -> count(shares) == 1);
        // a robot's share is counted, but analytics keeps robots out
        client().header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)")
                .contentType(ContentType.JSON).body(Map.of("network", "bluesky"))
                .when().post("/api/v1/public/posts/" + post.id() + "/shares").then().statusCode(200)
                .body("shareCount", equalTo(2));
        client().header("User-Agent", FIREFOX).contentType(ContentType.JSON).body(Map.of("network", "email"))
                .when().post("/api/v1/public/posts/" + post.id() + "/shares").then().statusCode(200)
                .body("shareCount", equalTo(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM analytics_events WHERE "
                + "name = 'share' AND post_id = '" + post.id() + "' AND props ->> 'network' = 'email'") == 1);
        assertThat(count(shares)).isEqualTo(1);
    }

    @Test
    void aClientAddressOverItsLimitIsAskedToWait() {
        Published post = publishedPost();
        String address = "10.77." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        // 30 per minute, refilled continuously: the bucket is empty after at least 30 and far fewer than 100
        int accepted = 0;
        io.restassured.response.Response answer = like(post, visitorKey(), address);
        while (answer.statusCode() == 200 && accepted < 100) {
            accepted++;
            answer = like(post, visitorKey(), address);
        }
        answer.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", not(equalTo(null)));
        assertThat(accepted).isBetween(30, 99);
        assertThat(count("SELECT like_count FROM post_engagement_counts WHERE post_id = '" + post.id() + "'"))
                .isEqualTo(accepted);
    }

    @Test
    void concurrentLikesAndUnlikesAreCountedExactly() throws Exception {
        Published post = publishedPost();
        int visitors = 240;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            keys.add(visitorKey());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                String key = keys.get(i);
                String address = "10.88." + (i / 10) + "." + (i % 10);
                answers.add(pool.submit(() -> {
                    like(post, key, address).then().statusCode(200);
                    // every visitor likes twice (a retry): still one like each
                    return like(post, key, address).then().statusCode(200).extract().<Integer>path("likeCount");
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isBetween(1, visitors);
            }
            List<Future<?>> changes = new ArrayList<>();
            // a third of them change their minds while newcomers like: both at once
            for (int i = 0; i < visitors; i += 3) {
                String key = keys.get(i);
                String address = "10.89." + (i / 10) + "." + (i % 10);
                changes.add(pool.submit(() -> unlike(post, key, address).then().statusCode(200)));
                changes.add(pool.submit(() -> like(post, visitorKey(), address).then().statusCode(200)));
            }
            for (Future<?> change : changes) {
                change.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT like_count FROM post_engagement_counts WHERE post_id = '" + post.id() + "'"))
                .isEqualTo(visitors)
                .isEqualTo(count("SELECT count(*) FROM post_likes WHERE post_id = '" + post.id() + "'"));
        given().when().get("/api/v1/public/posts/by-slug/" + post.slug()).then().statusCode(200)
                .body("likeCount", equalTo(visitors));
    }

    @Test
    void likesAndSharesNeverTouchThePostsRowSoThePublicCacheIsNotEmptied() throws Exception {
        Published post = publishedPost();
        long version = count("SELECT version FROM posts WHERE id = '" + post.id() + "'");
        try (Connection listener = dataSource.getConnection()) {
            listener.setAutoCommit(true);
            listener.createStatement().execute("LISTEN blogflow_public_content");
            String key = visitorKey();
            like(post, key).then().statusCode(200);
            unlike(post, key).then().statusCode(200);
            like(post, visitorKey()).then().statusCode(200);
            share(post, "email").then().statusCode(200);
            // Notifications arrive in commit order: everything committed before the sentinel arrives before it.
            try (Connection other = dataSource.getConnection()) {
                other.setAutoCommit(true);
                other.createStatement().execute("NOTIFY blogflow_public_content, 'sentinel'");
            }
            List<String> received = new ArrayList<>();
            PGConnection pg = listener.unwrap(PGConnection.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                PGNotification[] arrived = pg.getNotifications(200);
                if (arrived != null) {
                    for (PGNotification notification : arrived) {
                        received.add(notification.getParameter());
                    }
                }
                return received.contains("sentinel");
            });
            assertThat(received).containsExactly("sentinel");
            listener.createStatement().execute("UNLISTEN *");
        }
        assertThat(count("SELECT version FROM posts WHERE id = '" + post.id() + "'")).isEqualTo(version);
    }

    @Test
    void onlyPublicCommentsTakeLikesKeptPerCommentAndVisitor() {
        Tokens author = Accounts.author();
        Published post = publishedPost(author);
        String approved = approve(author, comment(post, "Approved, and liked."));
        String pending = comment(post, "Still awaiting moderation.");
        String like = "/api/v1/public/comments/" + approved + "/like";
        String key = visitorKey();
        client().header("X-Visitor-Key", key).when().put(like).then().statusCode(200)
                .body("liked", equalTo(true)).body("likeCount", equalTo(1));
        client().header("X-Visitor-Key", key).when().put(like).then().statusCode(200).body("likeCount", equalTo(1));
        client().header("X-Visitor-Key", visitorKey()).when().put(like).then().body("likeCount", equalTo(2));
        client().header("X-Visitor-Key", key).when().delete(like).then().statusCode(200)
                .body("liked", equalTo(false)).body("likeCount", equalTo(1));
        for (String hidden : List.of(pending, UUID.randomUUID().toString())) {
            client().header("X-Visitor-Key", key).when().put("/api/v1/public/comments/" + hidden + "/like")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("comment-not-found"));
            client().header("X-Visitor-Key", key).when().delete("/api/v1/public/comments/" + hidden + "/like")
                    .then().statusCode(404).body("code", equalTo("comment-not-found"));
        }
        assertThat(count("SELECT count(*) FROM comment_likes WHERE comment_id = '" + pending + "'")).isZero();
        client().header("X-Visitor-Key", key).when().put("/api/v1/public/comments/nope/like").then().statusCode(404)
                .body("type", startsWith("http"));
        // a comment that leaves the public thread takes no more likes
        author.as().when().post("/api/v1/comments/" + approved + "/trash").then().statusCode(200);
        client().header("X-Visitor-Key", visitorKey()).when().put(like).then().statusCode(404);
    }

    @Test
    void thePostAndTheListsCarryApprovedCommentsLikesAndSharesWithoutTouchingThePost() {
        Tokens author = Accounts.author();
        String authorId = author.as().when().get("/api/v1/me").then().statusCode(200).extract().path("id");
        Published post = publishedPost(author);
        Published quiet = publishedPost(author);
        long version = count("SELECT version FROM posts WHERE id = '" + post.id() + "'");
        approve(author, comment(post, "First approved comment."));
        approve(author, comment(post, "Second approved comment."));
        comment(post, "A pending one is not counted.");
        like(post, visitorKey()).then().statusCode(200);
        like(post, visitorKey()).then().statusCode(200);
        like(post, visitorKey()).then().statusCode(200);
        share(post, "mastodon").then().statusCode(200);
        given().when().get("/api/v1/public/posts/by-slug/" + post.slug()).then().statusCode(200)
                .body("commentCount", equalTo(2)).body("counters.comments", equalTo(2))
                .body("likeCount", equalTo(3)).body("shareCount", equalTo(1));
        String mine = "items.find { it.id == '%s' }.";
        given().queryParam("author", authorId).when().get("/api/v1/public/posts").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(2))
                .body(mine.formatted(post.id()) + "commentCount", equalTo(2))
                .body(mine.formatted(post.id()) + "likeCount", equalTo(3))
                .body(mine.formatted(post.id()) + "shareCount", equalTo(1))
                .body(mine.formatted(quiet.id()) + "commentCount", equalTo(0))
                .body(mine.formatted(quiet.id()) + "likeCount", equalTo(0))
                .body(mine.formatted(quiet.id()) + "shareCount", equalTo(0));
        given().queryParam("author", authorId).queryParam("fields", "id,commentCount").when()
                .get("/api/v1/public/posts").then().statusCode(200)
                .body(mine.formatted(post.id()) + "commentCount", equalTo(2));
        // the editors' answers carry the same counters, one post or a page of them
        author.as().when().get("/api/v1/posts/" + post.id()).then().statusCode(200)
                .body("counters.likes", equalTo(3)).body("counters.comments", equalTo(2))
                .body("counters.shares", equalTo(1)).body("counters.views", equalTo(0));
        author.as().queryParam("size", 100).when().get("/api/v1/posts").then().statusCode(200)
                .body(mine.formatted(post.id()) + "counters.likes", equalTo(3))
                .body(mine.formatted(quiet.id()) + "counters.likes", equalTo(0));
        // counted apart: the posts row (and so the public caches' signal) never moved
        assertThat(count("SELECT version FROM posts WHERE id = '" + post.id() + "'")).isEqualTo(version);
    }

    private static Published publishedPost() {
        return publishedPost(Accounts.author());
    }

    private static Published publishedPost(Tokens author) {
        String slug = "liked-" + UUID.randomUUID().toString().substring(0, 8);
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Liked " + slug, "slug", slug,
                "contentMarkdown", "Body", "metaDescription", "About")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        return new Published(location.substring(location.lastIndexOf('/') + 1), slug);
    }

    /** An anonymous comment sent as a person would (form token, then a few seconds): pending, by default. */
    private String comment(Published post, String body) {
        String token = Accounts.fromSomewhere().when().get("/api/v1/public/posts/" + post.id() + "/comments/form")
                .then().statusCode(200).extract().path("formToken");
        clock.advance(Duration.ofSeconds(5));
        return Accounts.fromSomewhere().contentType(ContentType.JSON).body(Map.of("authorName", "Reader",
                        "authorEmail", "reader-" + UUID.randomUUID() + "@example.org", "body", body,
                        "formToken", token))
                .when().post("/api/v1/public/posts/" + post.id() + "/comments").then().statusCode(201)
                .body("state", equalTo("pending")).extract().path("id");
    }

    private static String approve(Tokens moderator, String comment) {
        moderator.as().when().post("/api/v1/comments/" + comment + "/approve").then().statusCode(200);
        return comment;
    }

    private static String visitorKey() {
        return UUID.randomUUID().toString();
    }

    private static RequestSpecification client() {
        return client("10.66." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256));
    }

    private static RequestSpecification client(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static io.restassured.response.Response like(Published post, String key) {
        return client().header("X-Visitor-Key", key).when().put("/api/v1/public/posts/" + post.id() + "/like");
    }

    private static io.restassured.response.Response like(Published post, String key, String address) {
        return client(address).header("X-Visitor-Key", key).when().put("/api/v1/public/posts/" + post.id() + "/like");
    }

    private static io.restassured.response.Response unlike(Published post, String key) {
        return client().header("X-Visitor-Key", key).when().delete("/api/v1/public/posts/" + post.id() + "/like");
    }

    private static io.restassured.response.Response unlike(Published post, String key,
                                                          String address) {
        return client(address).header("X-Visitor-Key", key).when()
                .delete("/api/v1/public/posts/" + post.id() + "/like");
    }

    private static io.restassured.response.Response share(Published post, String network) {
        return client().contentType(ContentType.JSON).body(Map.of("network", network))
                .when().post("/api/v1/public/posts/" + post.id() + "/shares");
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
