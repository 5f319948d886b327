package io.blogflow.analytics.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.blogflow.analytics.application.port.out.RollupStore;
import io.blogflow.analytics.application.port.out.RollupStore.Granularity;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AnalyticsDashboardApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    RollupStore rollups;

    @Inject
    Transactions transactions;

    private long stored(UUID post) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("SELECT count(*) FROM analytics_events WHERE post_id = ?")) {
            statement.setObject(1, post);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String ip, String body) {
        given().contentType(ContentType.JSON).header("User-Agent", AnalyticsIngestApiTest.FIREFOX)
                .header("X-Forwarded-For", ip).body(body)
                .when().post(AnalyticsIngestApiTest.EVENTS).then().statusCode(202);
    }

    @Test
    void editorsSeeTheSiteAuthorsTheirOwnPostsAndFiguresFollowTheVisitRules() {
        Tokens author = Accounts.author();
        String slug = "measured-" + UUID.randomUUID().toString().substring(0, 8);
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Measured", "slug", slug,
                "contentMarkdown", "Body", "metaDescription", "About")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().post(location + "/publish").then().statusCode(200);
        UUID post = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String url = "https://dash-" + slug + ".example/posts/" + slug;

        send("198.51.100.10", "{\"name\":\"pageview\",\"url\":\"" + url + "\",\"referrer\":\"https://www.google.de/\"}");
        send("198.51.100.11", "[{\"name\":\"pageview\",\"url\":\"" + url + "\"},"
                + "{\"name\":\"click\",\"url\":\"" + url + "\",\"props\":{\"target\":\"subscribe\"}}]");
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(post) == 3);

        author.as().when().get(location + "/analytics?period=today").then().statusCode(200)
                .body("postId", equalTo(post.toString())).body("allTime", equalTo(null))
                .body("period.current.pageviews", equalTo(2)).body("period.current.visitors", equalTo(2))
                .body("period.current.visits", equalTo(2)).body("period.current.bounceRate", equalTo(0.5f))
                .body("period.previous.pageviews", equalTo(0));

        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, hour, Instant.now()));
        transactions.inTransaction(() -> rollups.refreshPostAnalytics(Set.of(post), Instant.now()));
        author.as().when().get(location + "/analytics").then().statusCode(200)
                .body("allTime.views", equalTo(2)).body("allTime.visitors", equalTo(2))
                .body("allTime.bounceRate", equalTo(0.5f));

        Tokens otherAuthor = Accounts.author();
        otherAuthor.as().when().get(location + "/analytics").then().statusCode(404)
                .contentType("application/problem+json");
        author.as().when().get("/api/v1/analytics/summary").then().statusCode(200)
                .body("current.pageviews", equalTo(2)).body("current.visitors", equalTo(2));
        otherAuthor.as().when().get("/api/v1/analytics/summary").then().statusCode(200)
                .body("current.pageviews", equalTo(0));
        otherAuthor.as().when().get("/api/v1/analytics/breakdown/posts").then().statusCode(200)
                .body("total", equalTo(0));
        author.as().when().get("/api/v1/analytics/summary?author=" + UUID.randomUUID()).then().statusCode(200)
                .body("current.pageviews", equalTo(0));
        author.as().when().get("/api/v1/analytics/summary?period=7d&post=" + post).then().statusCode(200)
                .body("current.pageviews", equalTo(2));
        given().when().get("/api/v1/analytics/summary").then().statusCode(401);

        Tokens admin = Accounts.admin();
        admin.as().when().get("/api/v1/analytics/summary?period=today&tz=Europe/Berlin").then().statusCode(200)
                .body("tz", equalTo("Europe/Berlin")).body("current.pageviews", greaterThanOrEqualTo(2));
        admin.as().when().get("/api/v1/analytics/timeseries?from=2026-01-05&to=2026-01-06&interval=hour&tz=UTC")
                .then().statusCode(200).body("$", hasSize(48)).body("[0].start", startsWith("2026-01-05T00:00"));
        admin.as().when().get("/api/v1/analytics/timeseries?period=today&interval=day&post=" + post)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].pageviews", equalTo(2));
        admin.as().when().get("/api/v1/analytics/breakdown/events?period=today&post=" + post).then()
                .statusCode(200).body("total", equalTo(2)).body("items.value", hasItem("click"))
                .body("items.find { it.value == 'pageview' }.pageviews", equalTo(2));
        admin.as().when().get("/api/v1/analytics/breakdown/sources?period=today&post=" + post).then()
                .statusCode(200).body("items.value", hasItem("Google"));
        String csv = admin.as().accept("text/csv")
                .when().get("/api/v1/analytics/breakdown/events?period=today&post=" + post)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("value,visitors,pageviews,events\r\n").contains("pageview,2,2,2");
        admin.as().when().get("/api/v1/analytics/realtime").then().statusCode(200)
                .body("visitors", greaterThanOrEqualTo(2)).body("topPosts.value", hasItem(post.toString()));
    }

    private void insert(Instant at, long visitor, String name, String path, UUID post, String source,
                        String utmMedium, String props) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("INSERT INTO analytics_events (occurred_at, site, name, visitor_id, path, "
                        + "post_id, source, utm_medium, country, browser, os, device, props) "
                        + "VALUES (?, 'rolled.example', ?, ?, ?, ?, ?, ?, 'DE', 'Firefox', 'Linux', 'desktop', "
                        + "?::jsonb)")) {
            statement.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
            statement.setString(2, name);
            statement.setLong(3, visitor);
            statement.setString(4, path);
            statement.setObject(5, post);
            statement.setString(6, source);
            statement.setString(7, utmMedium);
            statement.setString(8, props);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String answer(Tokens who, String path) {
        return who.as().when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void rolledDaysAreReadFromTheRollupsWithTheFiguresTheRawEventsGave() {
        Tokens author = Accounts.author();
        String slug = "rolled-" + UUID.randomUUID().toString().substring(0, 8);
        UUID post = draft(author, slug);
        Instant day = Instant.parse("2025-03-10T00:00:00Z");
        // visitor 1: two pages and a click (no bounce); visitor 2: one page from Google (bounce), early morning;
        // visitor 3: the next day, inside the Berlin period's last day but outside the rolled UTC day
        insert(day.plusSeconds(10 * 3600), 1, "pageview", "/posts/" + slug, post, "Google", "cpc", null);
        insert(day.plusSeconds(10 * 3600 + 60), 1, "signup", "/posts/" + slug, post, null, null,
                "{\"plan\":\"pro\"}");
        insert(day.plusSeconds(11 * 3600 + 30), 1, "pageview", "/about", null, null, null, null);
        insert(day.plusSeconds(3600 / 2), 2, "pageview", "/posts/" + slug, post, "Newsletter", "email", null);
        insert(day.plusSeconds(29 * 3600), 3, "pageview", "/posts/" + slug, post, null, null, null);

        Tokens admin = Accounts.admin();
        String period = "from=2025-03-10&to=2025-03-11&tz=Europe/Berlin";
        List<String> reads = List.of(
                "/api/v1/analytics/summary?" + period + "&post=" + post,
                "/api/v1/analytics/summary?" + period + "&tag=no-such-tag",
                "/api/v1/analytics/timeseries?interval=day&" + period + "&post=" + post,
                "/api/v1/analytics/timeseries?interval=hour&from=2025-03-10&to=2025-03-10&post=" + post,
                "/api/v1/analytics/breakdown/entry-pages?" + period + "&post=" + post,
                "/api/v1/analytics/breakdown/sources?" + period + "&post=" + post,
                "/api/v1/analytics/breakdown/utm-mediums?" + period + "&post=" + post,
                "/api/v1/analytics/breakdown/props?" + period + "&post=" + post,
                "/api/v1/analytics/breakdown/posts?" + period + "&post=" + post);
        List<String> raw = reads.stream().map(path -> answer(admin, path)).toList();

        admin.as().when().get(reads.get(0)).then().body("current.visitors", equalTo(3))
                .body("current.pageviews", equalTo(3)).body("current.visits", equalTo(3))
                .body("current.bounceRate", equalTo(0.6667f));
        admin.as().when().get(reads.get(4)).then().body("items.value", hasItem("/posts/" + slug))
                .body("total", equalTo(1));
        admin.as().when().get(reads.get(7)).then().body("items[0].value", equalTo("signup:plan=pro"));
        admin.as().when().get("/api/v1/analytics/summary?" + period + "&post=" + post + "&source=Google")
                .then().statusCode(200).body("current.visitors", equalTo(1)).body("current.pageviews", equalTo(1));
        admin.as().when().get("/api/v1/analytics/summary?" + period + "&post=" + post + "&device=mobile")
                .then().statusCode(200).body("current.visitors", equalTo(0));
        author.as().when().get("/api/v1/analytics/summary?" + period).then().statusCode(200)
                .body("current.pageviews", equalTo(3));

        for (int hour : new int[] {0, 10, 11}) {
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, day.plusSeconds(hour * 3600L),
                    Instant.now()));
        }
        transactions.inTransaction(() -> rollups.roll(Granularity.DAY, day, Instant.now()));
        assertThat(count("SELECT count(*) FROM analytics_rollup_values WHERE day = '2025-03-10T00:00:00Z' "
                + "AND post_id = '" + post + "'")).isPositive();

        List<String> rolled = reads.stream().map(path -> answer(admin, path)).toList();
        assertThat(rolled).isEqualTo(raw);
    }

    private static UUID draft(Tokens author, String slug) {
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "Rolled", "slug", slug,
                "contentMarkdown", "Body", "metaDescription", "About")).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * Today rolled hour by hour (the job rolls each hour and its day up to the hour's end): the prefix and the raw
     * events after it answer exactly what the raw events of the whole day answered — visits continuing across the
     * prefix's end merged (bounce, duration, entry post), visitors of the day not counted twice.
     */
    @Test
    void todayRolledUpToAnHourAndContinuedFromRawEventsGivesTheFiguresTheRawEventsGave() {
        Tokens author = Accounts.author();
        String slug = "today-" + UUID.randomUUID().toString().substring(0, 8);
        UUID post = draft(author, slug);
        String page = "/posts/" + slug;
        Instant day = Instant.parse("2025-04-10T00:00:00Z");
        Instant cut = day.plus(Duration.ofHours(10));
        // 21: one page before the cut, another after it: one visit of two pages across the cut, entered on the post
        insert(cut.minus(Duration.ofMinutes(10)), 21, "pageview", page, post, "Google", null, null);
        insert(cut.plus(Duration.ofMinutes(10)), 21, "pageview", "/about", null, null, null, null);
        // 22: a bounce before the cut, a second bounce 45 minutes later (a visit of its own)
        insert(cut.minus(Duration.ofMinutes(5)), 22, "pageview", page, post, null, null, null);
        insert(cut.plus(Duration.ofMinutes(40)), 22, "pageview", page, post, null, null, null);
        // 23: only an engagement before the cut (no page view: no visit yet), its page view after: one bounce
        insert(cut.minus(Duration.ofMinutes(2)), 23, "engagement", page, post, null, null, null);
        insert(cut.plus(Duration.ofMinutes(5)), 23, "pageview", page, post, null, null, null);
        // 24: a bounce in the morning, a click after the cut (a visit without page views)
        insert(day.plus(Duration.ofHours(3)), 24, "pageview", page, post, null, null, null);
        insert(cut.plus(Duration.ofMinutes(20)), 24, "signup", page, post, null, null, "{\"plan\":\"pro\"}");
        // 25: only after the cut, not a bounce; 26: a visit across an hour inside the prefix
        insert(cut.plus(Duration.ofMinutes(30)), 25, "pageview", page, post, null, null, null);
        insert(cut.plus(Duration.ofMinutes(31)), 25, "signup", page, post, null, null, null);
        insert(day.plus(Duration.ofMinutes(5 * 60 + 50)), 26, "pageview", page, post, null, null, null);
        insert(day.plus(Duration.ofMinutes(6 * 60 + 10)), 26, "pageview", "/about", null, null, null, null);

        Tokens admin = Accounts.admin();
        List<String> reads = List.of(
                "/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10&post=" + post,
                "/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10&tz=Europe/Berlin&post=" + post,
                "/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10&tz=Europe/Berlin",
                "/api/v1/analytics/timeseries?interval=day&from=2025-04-10&to=2025-04-10&tz=Europe/Berlin",
                "/api/v1/analytics/timeseries?interval=week&from=2025-04-10&to=2025-04-10&post=" + post,
                "/api/v1/analytics/timeseries?interval=hour&from=2025-04-10&to=2025-04-10&post=" + post);
        List<String> raw = reads.stream().map(path -> answer(admin, path)).toList();
        admin.as().when().get(reads.get(0)).then().body("current.visitors", equalTo(6))
                .body("current.visits", equalTo(7)).body("current.bounceRate", equalTo(0.5714f));

        for (int hour = 0; hour < 10; hour++) {
            Instant start = day.plus(Duration.ofHours(hour));
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, start, Instant.now()));
            Instant end = start.plus(Duration.ofHours(1));
            transactions.inTransaction(() -> rollups.rollPrefix(end, Instant.now()));
        }
        // an earlier prefix rolled again (late events) keeps the day's visitors of the latest one
        transactions.inTransaction(() -> rollups.rollPrefix(day.plus(Duration.ofHours(4)), Instant.now()));
        assertThat(count("SELECT count(*) FROM analytics_day_visitors WHERE day = '2025-04-10T00:00:00Z' "
                + "AND post_id IS NULL AND last_at < '2025-04-10T10:00:00Z' AND last_at >= '2025-04-10T09:00:00Z'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(reads.stream().map(path -> answer(admin, path)).toList()).isEqualTo(raw);

        transactions.inTransaction(() -> rollups.roll(Granularity.DAY, day, Instant.now()));
        assertThat(count("SELECT count(*) FROM analytics_day_visitors WHERE day = '2025-04-10T00:00:00Z'"))
                .as("a rolled day needs no visitors to continue from").isZero();
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badDimensionsIntervalsPeriodsAndZonesAreProblems() {
        Tokens admin = Accounts.admin();
        admin.as().when().get("/api/v1/analytics/breakdown/cities").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/timeseries?interval=minute").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/summary?period=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/summary?period=7d&tz=Mars/Olympus").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/summary?post=not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/summary?country=germany").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/summary?device=fridge").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/summary?tag=Not%20A%20Slug").then().statusCode(400)
                .contentType("application/problem+json");
        admin.as().when().get("/api/v1/analytics/breakdown/posts?size=1000").then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    void everyAnalyticsEndpointIsDescribedInTheOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/public/events'.post.operationId", equalTo("recordAnalyticsEvents"))
                .body("paths.'/api/v1/public/events'.post.responses.keySet()", hasItem("503"))
                .body("paths.'/api/v1/analytics/summary'.get.operationId", equalTo("analyticsSummary"))
                .body("paths.'/api/v1/analytics/timeseries'.get.operationId", equalTo("analyticsTimeseries"))
                .body("paths.'/api/v1/analytics/breakdown/{dimension}'.get.operationId",
                        equalTo("analyticsBreakdown"))
                .body("paths.'/api/v1/analytics/breakdown/{dimension}'.get.responses.'200'.content.keySet()",
                        hasItem("text/csv"))
                .body("paths.'/api/v1/analytics/realtime'.get.operationId", equalTo("analyticsRealtime"))
                .body("paths.'/api/v1/posts/{id}/analytics'.get.operationId", equalTo("postAnalytics"));
    }
}
