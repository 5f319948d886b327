package io.blogflow.analytics.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.blogflow.analytics.adapter.persistence.CopyEventBuffer;
import io.blogflow.analytics.application.port.out.SaltRepository;
import io.blogflow.analytics.application.service.IngestCounters;
import io.blogflow.analytics.domain.DailySalt;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AnalyticsIngestApiTest {

    static final String EVENTS = "/api/v1/public/events";
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Inject
    DataSource dataSource;

    @Inject
    CopyEventBuffer buffer;

    @Inject
    IngestCounters counters;

    @Inject
    SaltRepository salts;

    @Inject
    io.blogflow.shared.application.port.out.Transactions transactions;

    private static String site() {
        return "s" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private static String address() {
        return "203.0." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }

    private List<Map<String, Object>> rows(String site) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("SELECT * FROM analytics_events WHERE site = '" + site
                     + "' ORDER BY occurred_at, path")) {
            while (found.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
                    row.put(found.getMetaData().getColumnName(i), found.getObject(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Test
    void aPageviewIsStoredWithoutTheAddressOrUserAgentAndWithTheVisitorHashOfTodaysSalt() {
        String site = site();
        String ip = address();
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", ip)
                .header("CF-IPCountry", "nz")
                .body("""
                        {"name": "pageview", "url": "https://www.%s/posts/tides?utm_source=newsletter&utm_medium=email",
                         "referrer": "https://news.ycombinator.com/item?id=1", "title": "Tides", "screenWidth": 1440}
                        """.formatted(site))
                .when().post(EVENTS).then().statusCode(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(site).size() == 1);
        Map<String, Object> row = rows(site).get(0);
        assertThat(row).containsEntry("name", "pageview").containsEntry("path", "/posts/tides")
                .containsEntry("source", "newsletter").containsEntry("referrer_host", "news.ycombinator.com")
                .containsEntry("utm_medium", "email").containsEntry("country", "NZ")
                .containsEntry("browser", "Firefox").containsEntry("os", "Linux").containsEntry("device", "desktop")
                .containsEntry("screen_width", 1440);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(ip).doesNotContain("Gecko"));
        DailySalt today = transactions.inTransaction(() -> salts.find(DailySalt.dayOf(Instant.now())).orElseThrow());
        assertThat(row.get("visitor_id")).isEqualTo(today.visitor(site, ip, FIREFOX).value());
    }

    @Test
    void everyAcceptedEventOfABatchIsWrittenAndTheCountsAgree() {
        String site = site();
        await().atMost(Duration.ofSeconds(30)).until(() -> buffer.held() == 0);
        long acceptedBefore = counters.accepted();
        long writtenBefore = buffer.written();
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 50; i++) {
            batch.add("""
                    {"name": "%s", "url": "https://%s/p/%d", "engagedMs": %d, "scrollDepth": 50,
                     "props": {"plan": "pro\\"quoted\\"", "n": "%d"}}""".formatted(i % 2 == 0 ? "pageview" : "signup",
                    site, i, i * 10, i));
        }
        for (int request = 0; request < 4; request++) {
            given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", address())
                    .body(batch.toString()).when().post(EVENTS).then().statusCode(202);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(site).size() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> buffer.held() == 0);
        assertThat(counters.accepted() - acceptedBefore).isGreaterThanOrEqualTo(200);
        assertThat(buffer.written() - writtenBefore).isEqualTo(counters.accepted() - acceptedBefore);
        assertThat(rows(site)).filteredOn(row -> "signup".equals(row.get("name"))).hasSize(100)
                .allSatisfy(row -> assertThat(String.valueOf(row.get("props"))).contains("pro\\\"quoted\\\""));
    }

    @Test
    void sendBeaconsTextPlainBodyIsAccepted() {
        String site = site();
        given().contentType("text/plain;charset=UTF-8").header("User-Agent", FIREFOX)
                .header("X-Forwarded-For", address())
                .body("{\"name\":\"engagement\",\"url\":\"https://" + site + "/a\",\"engagedMs\":1200}")
                .when().post(EVENTS).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(site).size() == 1);
        assertThat(rows(site).get(0)).containsEntry("engaged_ms", 1200).containsEntry("country", null);
    }

    @Test
    void robotsAndExcludedPathsAreAcceptedButNotStored() {
        String site = site();
        long robots = counters.robots();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address())
                .header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .body("{\"name\":\"pageview\",\"url\":\"https://" + site + "/a\"}")
                .when().post(EVENTS).then().statusCode(202);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address()).header("User-Agent", FIREFOX)
                .body("[{\"name\":\"pageview\",\"url\":\"https://" + site + "/excluded/x\"},"
                        + "{\"name\":\"pageview\",\"url\":\"https://" + site + "/kept\"}]")
                .when().post(EVENTS).then().statusCode(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(site).size() == 1);
        assertThat(rows(site).get(0)).containsEntry("path", "/kept");
        assertThat(counters.robots()).isEqualTo(robots + 1);
    }

    @Test
    void malformedBodiesAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", address())
                .body("{\"name\": \"pageview\", ").when().post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-json"));
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", address())
                .body("[{\"name\":\"pageview\",\"url\":\"https://a.example/\"},{\"name\":\"" + "x".repeat(121)
                        + "\",\"url\":\"ftp://a.example/\",\"scrollDepth\":101}]").when().post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("[1].name")).body("errors.field", hasItem("[1].url"))
                .body("errors.field", hasItem("[1].scrollDepth"));
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", address())
                .body("{\"name\":\"pageview\",\"url\":\"https://a.example/\",\"screenWidth\":\"wide\"}")
                .when().post(EVENTS).then().statusCode(400).contentType("application/problem+json");
        StringJoiner tooMany = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 101; i++) {
            tooMany.add("{\"name\":\"pageview\",\"url\":\"https://a.example/\"}");
        }
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", address())
                .body(tooMany.toString()).when().post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field",
                        equalTo("events"));
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", address())
                .body("").when().post(EVENTS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oneClientIsRateLimitedWithRetryAfter() {
        String ip = address();
        String body = "{\"name\":\"pageview\",\"url\":\"https://" + site() + "/\"}";
        for (int i = 0; i < 40; i++) {
            given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", ip)
                    .body(body).when().post(EVENTS).then().statusCode(202);
        }
        given().contentType(ContentType.JSON).header("User-Agent", FIREFOX).header("X-Forwarded-For", ip)
                .body(body).when().post(EVENTS).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * JSON bodies of events the app can take from memory are answered on the event loop (PublicEventRoute); a
     * text/plain body in another charset always goes to the REST resource. Both give the same answers.
     */
    @Test
    void theEventLoopRouteAnswersAsTheRestResourceDoes() {
        String ip = address();
        String valid = "{\"name\":\"pageview\",\"url\":\"https://" + site() + "/posts/same-answers\"}";
        String invalid = "[{\"name\":\"pageview\",\"url\":\"https://a.example/posts/same-answers\"},"
                + "{\"name\":\"\",\"url\":\"ftp://a.example/\",\"scrollDepth\":101}]";
        send(ip, ContentType.JSON.toString(), valid).statusCode(202); // looks the slug up: the resource answers

        for (String body : List.of(valid, invalid)) {
            Response onTheEventLoop = send(ip, ContentType.JSON.toString(), body).extract().response();
            Response inTheResource = send(ip, "text/plain; charset=ISO-8859-1", body).extract().response();
            assertSameAnswer(onTheEventLoop, inTheResource);
        }
        while (send(ip, ContentType.JSON.toString(), valid).extract().statusCode() == 202) {
            // use up the client's limit
        }
        Response onTheEventLoop = send(ip, ContentType.JSON.toString(), valid).extract().response();
        Response inTheResource = send(ip, "text/plain; charset=ISO-8859-1", valid).extract().response();
        assertThat(onTheEventLoop.statusCode()).isEqualTo(429);
        assertSameAnswer(onTheEventLoop, inTheResource);
        assertThat(onTheEventLoop.header("Retry-After")).isEqualTo(inTheResource.header("Retry-After"));
    }

    private static io.restassured.response.ValidatableResponse send(String ip, String contentType, String body) {
        return given().contentType(contentType).header("User-Agent", FIREFOX).header("X-Forwarded-For", ip)
                .body(body).when().post(EVENTS).then();
    }

    private static void assertSameAnswer(Response actual, Response expected) {
        assertThat(actual.statusCode()).isEqualTo(expected.statusCode());
        assertThat(actual.contentType()).isEqualTo(expected.contentType());
        assertThat(actual.header("RateLimit-Limit")).isEqualTo(expected.header("RateLimit-Limit"));
        if (!expected.asString().isEmpty()) {
            Map<String, Object> problem = new LinkedHashMap<>(actual.jsonPath().getMap(""));
            Map<String, Object> expectedProblem = new LinkedHashMap<>(expected.jsonPath().getMap(""));
            assertThat(problem.remove("requestId")).isEqualTo(actual.header("X-Request-Id"));
            expectedProblem.remove("requestId");
            assertThat(problem).containsEntry("instance", EVENTS).isEqualTo(expectedProblem);
        } else {
            assertThat(actual.asString()).isEmpty();
        }
    }

    @Test
    void theTrackingScriptIsServedUnderTwoKilobytes() {
        byte[] script = given().when().get("/js/script.js").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("javascript")).extract().asByteArray();
        assertThat(script.length).isLessThan(2048);
        assertThat(new String(script, java.nio.charset.StandardCharsets.UTF_8)).contains("/api/v1/public/events");
    }
}
