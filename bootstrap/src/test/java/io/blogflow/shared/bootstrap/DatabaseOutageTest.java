package io.blogflow.shared.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.blog.adapter.persistence.PostgresContentChanges;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.adapter.persistence.DatabaseGate;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL really stops (a fast shutdown ends every connection, then connections are refused) and starts again:
 * every request in the gap that needs the database, read or write, anonymous, by session or by API token, search
 * included, answers 503 problem+json with Retry-After, never 500, and at once: refused by the pools' gates before
 * it could wait in a pool, while one probe per pool (not each request) tries to connect; a public answer cached before
 * is still served; what was committed before is all there afterwards; and once the server is back, requests succeed
 * again without restarting the application.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.PublicCacheOn.class)
@WithTestResource(StoppableDatabase.class)
class DatabaseOutageTest {

    /** The public cache is on in production (off in the other tests): what it kept is served during an outage. */
    public static class PublicCacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blogflow.public-cache.enabled", "true", "blogflow.public-cache.ttl", "1h");
        }
    }

    private static final String POSTS = "/api/v1/posts";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DatabaseGates databaseGates;

    @Inject
    SignalChannels signals;

    @Inject
    DataSource dataSource;

    @Test
    void anOutageAnswers503WithRetryAfterAtOnceServesTheCacheLosesNothingAndEndsWithTheRestart() {
        Tokens author = Accounts.author();
        String apiToken = author.as().contentType(ContentType.JSON)
                .body(Map.of("name", "outage", "scopes", List.of("posts:read", "posts:write")))
                .when().post("/api/v1/me/api-tokens").then().statusCode(201).extract().path("token");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(create(author.as(), "Before the outage " + i));
        }
        String slug = publish(author, written.get(0));
        String cached = "/api/v1/public/posts/by-slug/" + slug;
        String cachedSearch = "/api/v1/public/posts/search?q=outage"; // ("before" is a stop word)
        cacheAfterEveryChangeSignal(cached, cachedSearch);
        Map<String, DatabaseGate> gates = databaseGates.gates();
        assertThat(gates).containsOnlyKeys("<default>", "search");

        StoppableDatabase.stopServer();
        try {
            // the first requests meet the broken connections and the refused attempt that close the gates
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                given().when().get("/api/v1/public/posts?size=3&page=2").then().statusCode(503);
                given().when().get("/api/v1/public/posts/search?q=closing").then().statusCode(503);
                return gates.values().stream().noneMatch(DatabaseGate::isOpen);
            });
            long refusedBefore = refusals(gates);
            long attemptsBefore = attempts(gates);
            long probesBefore = probes(gates);
            Map<String, Supplier<ExtractableResponse<Response>>> duringTheGap = Map.of(
                    "uncached public read", () -> given().when().get("/api/v1/public/posts/by-slug/no-" + slug)
                            .then().extract(),
                    "public list", () -> given().when().get("/api/v1/public/posts?size=3").then().extract(),
                    "search", () -> given().when().get("/api/v1/public/posts/search?q=gap").then().extract(),
                    "read by session", () -> author.as().when().get(written.get(1)).then().extract(),
                    "write by session", () -> author.as().contentType(ContentType.JSON)
                            .body(Map.of("title", "During the outage")).when().post(POSTS).then().extract(),
                    "write by API token", () -> given().auth().oauth2(apiToken).contentType(ContentType.JSON)
                            .body(Map.of("title", "During the outage")).when().post(POSTS).then().extract(),
                    "read by API token", () -> given().auth().oauth2(apiToken).when().get(POSTS).then().extract(),
                    "log in", () -> Accounts.fromSomewhere().contentType(ContentType.JSON)
                            .body(Map.of("email", "nobody@example.com", "password", Accounts.PASSWORD))
                            .when().post("/api/v1/auth/login").then().extract());
            duringTheGap.forEach((what, request) -> {
                var answer = request.get();
                assertThat(answer.statusCode()).as(what + ": " + answer.asString()).isEqualTo(503);
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
                assertThat(answer.header("Retry-After")).as(what).isEqualTo("5");
                assertThat(answer.<String>path("code")).as(what).isEqualTo("database-unavailable");
            });
            given().when().get(cached).then().statusCode(200).body("title", equalTo("Before the outage 0"));
            given().when().get(cachedSearch).then().statusCode(200).body("items[0].slug", equalTo(slug));

            assertThat(refusals(gates) - refusedBefore).as("every request refused by a gate, none waited in a pool")
                    .isGreaterThanOrEqualTo(duringTheGap.size());
            assertThat(attempts(gates) - attemptsBefore).as("connection attempts: the probes' only")
                    .isLessThanOrEqualTo(probes(gates) - probesBefore + gates.size());
        } finally {
            StoppableDatabase.startServer();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            int status = author.as().when().get(written.get(1)).then().extract().statusCode();
            assertThat(status).as("never 500 while the pool reconnects").isIn(200, 503);
            assertThat(status).isEqualTo(200);
        });
        await().atMost(PATIENCE).until(() -> gates.values().stream().allMatch(DatabaseGate::isOpen));
        for (String location : written) {
            author.as().when().get(location).then().statusCode(200);
        }
        given().when().get("/api/v1/public/posts/by-slug/" + slug).then().statusCode(200)
                .body("title", equalTo("Before the outage 0"));
        create(given().auth().oauth2(apiToken), "After the outage");
        author.as().when().get(POSTS + "?size=50").then().statusCode(200).body("total", equalTo(6));
    }

    /**
     * Reads {@code paths} into the public cache once every change signal sent so far has emptied it: a signal of the
     * test's own, sent after them, arrives after them (commit order), to the cache's subscriber first.
     */
    private void cacheAfterEveryChangeSignal(String... paths) {
        String barrier = UUID.randomUUID().toString();
        List<String> heard = new CopyOnWriteArrayList<>();
        SignalChannels.Subscription subscription = signals.subscribe(PostgresContentChanges.CHANNEL, null,
                new SignalChannels.Subscriber() {
                    @Override
                    public void signalled(List<String> payloads) {
                        heard.addAll(payloads);
                    }

                    @Override
                    public void mayHaveMissedSignals() {
                    }
                });
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("NOTIFY " + PostgresContentChanges.CHANNEL + ", '" + barrier + "'");
                }
                return heard.contains(barrier);
            });
        } finally {
            subscription.cancel();
        }
        for (String path : paths) {
            given().when().get(path).then().statusCode(200);
        }
    }

    private static long refusals(Map<String, DatabaseGate> gates) {
        return gates.values().stream().mapToLong(DatabaseGate::refusals).sum();
    }

    private static long attempts(Map<String, DatabaseGate> gates) {
        return gates.values().stream().mapToLong(DatabaseGate::attempts).sum();
    }

    private static long probes(Map<String, DatabaseGate> gates) {
        return gates.values().stream().mapToLong(DatabaseGate::probes).sum();
    }

    private static String create(RequestSpecification as, String title) {
        return as.contentType(ContentType.JSON).body(Map.of("title", title,
                "contentMarkdown", "Kept " + title, "metaDescription", "About " + title))
                .when().post(POSTS).then().statusCode(201).extract().header("Location");
    }

    private static String publish(Tokens author, String location) {
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        return author.as().when().get(location).then().statusCode(200).extract().path("slug");
    }
}
