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
import io.blogflow.analytics.domain.Dimension;
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
        RawAnalyticsEvents.insert(dataSource, at, visitor, name, RawAnalyticsEvents.columns("path", path,
                "post_id", post, "source", source, "utm_medium", utmMedium, "props", props));
    }

    private static Tokens anotherAdmin() {
        return Accounts.logIn(Accounts.newUser("admin"), Accounts.PASSWORD);
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
        // 27: from Google on a phone in France before the cut, a new visit from Twitter entering on the same page
        // after it (the page's visitor not counted twice, the new source's is); 28: Berlin's day before UTC midnight
        RawAnalyticsEvents.insert(dataSource, cut.minus(Duration.ofMinutes(40)), 27, "pageview", RawAnalyticsEvents
                .columns("path", "/about", "source", "Google", "referrer_host", "google.com", "country", "FR",
                        "device", "mobile", "browser", "Safari", "os", "iOS"));
        RawAnalyticsEvents.insert(dataSource, cut.plus(Duration.ofMinutes(50)), 27, "pageview", RawAnalyticsEvents
                .columns("path", "/about", "source", "Twitter", "referrer_host", "t.co", "utm_medium", "social",
                        "utm_campaign", "spring", "country", "FR", "device", "mobile", "browser", "Safari",
                        "os", "iOS"));
        insert(day.minus(Duration.ofMinutes(90)), 28, "pageview", page, post, "Newsletter", "email", null);
        // 29: left on /about in the morning, and again in the visit open at the cut, which goes on to /contact: the
        // open visit's exit moves, the visitor stays an /about leaver; 30: the open visit goes on and leaves on /about
        insert(day.plus(Duration.ofHours(8)), 29, "pageview", "/about", null, null, null, null);
        insert(cut.minus(Duration.ofMinutes(15)), 29, "pageview", "/about", null, null, null, null);
        insert(cut.plus(Duration.ofMinutes(5)), 29, "pageview", "/contact", null, null, null, null);
        insert(cut.minus(Duration.ofMinutes(10)), 30, "pageview", "/about", null, null, null, null);
        insert(cut.plus(Duration.ofMinutes(5)), 30, "pageview", "/contact", null, null, null, null);
        insert(cut.plus(Duration.ofMinutes(15)), 30, "pageview", "/about", null, null, null, null);

        Tokens admin = Accounts.admin();
        List<String> reads = new java.util.ArrayList<>(List.of(
                "/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10&post=" + post,
                "/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10&tz=Europe/Berlin&post=" + post,
                "/api/v1/analytics/summary?from=2025-04-10&to=2025-04-10&tz=Europe/Berlin",
                "/api/v1/analytics/timeseries?interval=day&from=2025-04-10&to=2025-04-10&tz=Europe/Berlin",
                "/api/v1/analytics/timeseries?interval=week&from=2025-04-10&to=2025-04-10&post=" + post,
                "/api/v1/analytics/timeseries?interval=hour&from=2025-04-10&to=2025-04-10&post=" + post));
        for (Dimension dimension : Dimension.values()) {
            for (String filter : List.of("", "&post=" + post, "&tz=Europe/Berlin")) {
                reads.add("/api/v1/analytics/breakdown/" + dimension.code() + "?from=2025-04-10&to=2025-04-10"
                        + filter);
            }
        }
        List<String> raw = reads.stream().map(path -> answer(admin, path)).toList();
        admin.as().when().get("/api/v1/analytics/breakdown/entry-pages?from=2025-04-10&to=2025-04-10").then()
                .body("items.find { it.value == '/about' }.visitors", equalTo(3))
                .body("items.find { it.value == '/about' }.events", equalTo(5))
                .body("items.find { it.value == '" + page + "' }.pageviews", equalTo(9))
                .body("items.find { it.value == '" + page + "' }.events", equalTo(7));
        // exits: 21 and 26 on /about, 27 twice, 29 once (then /contact), 30 (its visit of three pages)
        admin.as().when().get("/api/v1/analytics/breakdown/exit-pages?from=2025-04-10&to=2025-04-10").then()
                .body("items.find { it.value == '/about' }.visitors", equalTo(5))
                .body("items.find { it.value == '/about' }.events", equalTo(6))
                .body("items.find { it.value == '/about' }.pageviews", equalTo(10))
                .body("items.find { it.value == '/contact' }.visitors", equalTo(1));
        admin.as().when().get(reads.get(0)).then().body("current.visitors", equalTo(6))
                .body("current.visits", equalTo(7)).body("current.bounceRate", equalTo(0.5714f));

        for (int hour = 0; hour < 10; hour++) {
            Instant start = day.plus(Duration.ofHours(hour));
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, start, Instant.now()));
            Instant end = start.plus(Duration.ofHours(1));
            transactions.inTransaction(() -> rollups.rollPrefix(end, Instant.now()));
            if (hour == 3 || hour == 8) {
                // continued from an earlier prefix, across more hours of raw events: the same answers
                Tokens reader = anotherAdmin();
                assertThat(reads.stream().map(path -> answer(reader, path)).toList()).isEqualTo(raw);
            }
        }
        assertThat(count("SELECT count(DISTINCT upto) FROM analytics_prefix_values "
                + "WHERE day = '2025-04-10T00:00:00Z' AND upto = '2025-04-10T10:00:00Z' AND dimension = 'sources'"))
                .as("the latest prefix's values are kept, the earlier ones replaced").isOne();
        assertThat(count("SELECT count(*) FROM analytics_prefix_values WHERE day = '2025-04-10T00:00:00Z' "
                + "AND upto <> '2025-04-10T10:00:00Z'")).isZero();
        // an earlier prefix rolled again (late events) keeps the day's visitors of the latest one
        transactions.inTransaction(() -> rollups.rollPrefix(day.plus(Duration.ofHours(4)), Instant.now()));
        assertThat(count("SELECT count(*) FROM analytics_day_visitors WHERE day = '2025-04-10T00:00:00Z' "
                + "AND post_id IS NULL AND last_at < '2025-04-10T10:00:00Z' AND last_at >= '2025-04-10T09:00:00Z'"))
                .isGreaterThanOrEqualTo(3);
        Tokens reader = anotherAdmin();
        assertThat(reads.stream().map(path -> answer(reader, path)).toList()).isEqualTo(raw);
        // the prefix's values are what is read: a change to them shows
        count("WITH changed AS (UPDATE analytics_prefix_values SET pageviews = pageviews + 1000 "
                + "WHERE day = '2025-04-10T00:00:00Z' AND dimension = 'sources' AND post_id IS NULL "
                + "AND value = 'Google' RETURNING 1) SELECT count(*) FROM changed");
        reader.as().when().get("/api/v1/analytics/breakdown/sources?from=2025-04-10&to=2025-04-10").then()
                .body("items.find { it.value == 'Google' }.pageviews", equalTo(1002));

        transactions.inTransaction(() -> rollups.roll(Granularity.DAY, day, Instant.now()));
        assertThat(count("SELECT count(*) FROM analytics_day_visitors WHERE day = '2025-04-10T00:00:00Z'"))
                .as("a rolled day needs no visitors to continue from").isZero();
        assertThat(count("SELECT count(*) FROM analytics_prefix_values WHERE day = '2025-04-10T00:00:00Z'")).isZero();
    }

    /**
     * The parts read from the rollups are kept per instance while the rollups are unchanged, and only then: a
     * change the rollups' state does not count (triggers off for one transaction, as no writer does) is not read,
     * while a re-roll for a late event, a hand-made fix and a later prefix show at once; today's events after the
     * latest prefix are read on every request.
     */
    @Test
    void answersAreKeptUntilTheRollupsOrTheRawEventsChange() {
        Instant day = Instant.parse("2025-07-14T00:00:00Z");
        Instant today = day.plus(Duration.ofDays(1));
        insert(day.plus(Duration.ofHours(10)), 41, "pageview", "/kept", null, null, null, null);
        insert(day.plus(Duration.ofHours(11)), 42, "pageview", "/kept", null, null, null, null);
        insert(today.plus(Duration.ofHours(9)), 43, "pageview", "/kept", null, null, null, null);
        for (int hour : new int[] {10, 11}) {
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, day.plus(Duration.ofHours(hour)),
                    Instant.now()));
        }
        rollDay(day);
        transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, today.plus(Duration.ofHours(9)),
                Instant.now()));
        transactions.inTransaction(() -> rollups.rollPrefix(today.plus(Duration.ofHours(10)), Instant.now()));
        Tokens admin = Accounts.admin();
        String period = "from=2025-07-14&to=2025-07-15";
        String summary = "/api/v1/analytics/summary?" + period;
        String series = "/api/v1/analytics/timeseries?interval=day&" + period;
        String entries = "/api/v1/analytics/breakdown/entry-pages?" + period;
        admin.as().when().get(summary).then().body("current.visitors", equalTo(3))
                .body("current.pageviews", equalTo(3));

        // today's tail: an event after the prefix counts at once
        insert(today.plus(Duration.ofMinutes(10 * 60 + 30)), 44, "pageview", "/kept", null, null, null, null);
        admin.as().when().get(summary).then().body("current.visitors", equalTo(4));
        admin.as().when().get(series).then().body("[0].visitors", equalTo(2)).body("[1].visitors", equalTo(2));
        admin.as().when().get(entries).then().body("items.find { it.value == '/kept' }.visitors", equalTo(4));
        List<String> kept = List.of(answer(admin, summary), answer(admin, series), answer(admin, entries));

        // kept: rollup rows changed behind the rollups' state are not read again
        execute("SET LOCAL session_replication_role = replica",
                "UPDATE analytics_rollups SET pageviews = pageviews + 100, first_visitors = first_visitors + 100 "
                        + "WHERE bucket_start IN ('2025-07-14T00:00:00Z', '2025-07-14T10:00:00Z') "
                        + "AND granularity IN ('day', 'hour') AND post_id IS NULL",
                "UPDATE analytics_rollup_values SET visitors = visitors + 100 "
                        + "WHERE day = '2025-07-14T00:00:00Z' AND dimension = 'entry-pages' AND post_id IS NULL");
        assertThat(List.of(answer(admin, summary), answer(admin, series), answer(admin, entries)))
                .isEqualTo(kept);

        // kept whole: a raw event written behind the raw events' state is not read either ...
        execute("SET LOCAL session_replication_role = replica", "INSERT INTO analytics_events (site, path, country, "
                + "browser, os, device, occurred_at, visitor_id, name) VALUES ('test.example', '/kept', 'DE', "
                + "'Firefox', 'Linux', 'desktop', '2025-07-15T10:40:00Z', 46, 'pageview')");
        assertThat(List.of(answer(admin, summary), answer(admin, series), answer(admin, entries)))
                .isEqualTo(kept);
        // ... and the next written event counts with it at once
        insert(today.plus(Duration.ofMinutes(10 * 60 + 45)), 47, "pageview", "/kept", null, null, null, null);
        admin.as().when().get(summary).then().body("current.visitors", equalTo(6));
        admin.as().when().get(entries).then().body("items.find { it.value == '/kept' }.visitors", equalTo(6));

        // a late event rolled again: every read has it, from the rows the re-roll wrote
        insert(day.plus(Duration.ofHours(12)), 45, "pageview", "/late", null, null, null, null);
        for (int hour : new int[] {10, 12}) {
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, day.plus(Duration.ofHours(hour)),
                    Instant.now()));
        }
        rollDay(day);
        admin.as().when().get(summary).then().body("current.visitors", equalTo(7))
                .body("current.pageviews", equalTo(7));
        admin.as().when().get(series).then().body("[0].visitors", equalTo(3)).body("[0].pageviews", equalTo(3));
        admin.as().when().get(entries).then().body("items.find { it.value == '/kept' }.visitors", equalTo(6))
                .body("items.find { it.value == '/late' }.visitors", equalTo(1));

        // a hand-made fix to a rollup row shows at once
        execute("UPDATE analytics_rollups SET pageviews = pageviews + 1000 WHERE granularity = 'day' "
                + "AND bucket_start = '2025-07-14T00:00:00Z' AND post_id IS NULL");
        admin.as().when().get(summary).then().body("current.pageviews", equalTo(1007));

        // the next prefix (its hour's events now rolled) answers as the raw tail did
        List<String> beforePrefix = List.of(answer(admin, series), answer(admin, entries));
        transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, today.plus(Duration.ofHours(10)),
                Instant.now()));
        transactions.inTransaction(() -> rollups.rollPrefix(today.plus(Duration.ofHours(11)), Instant.now()));
        assertThat(List.of(answer(admin, series), answer(admin, entries))).isEqualTo(beforePrefix);
        admin.as().when().get(summary).then().body("current.visitors", equalTo(7));
    }

    /** Statements in one transaction. */
    private void execute(String... sql) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (java.sql.Statement statement = connection.createStatement()) {
                for (String each : sql) {
                    statement.execute(each);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A period in Berlin in winter starts an hour before a UTC midnight: that hour, once rolled, is read from its
     * hourly rollup (visits found within the hour, as a raw read of the hour alone finds them) instead of raw events.
     */
    @Test
    void aStartEdgeOfOneWholeRolledHourIsReadFromThatHoursRollupWithTheFiguresTheRawEventsGave() {
        Tokens author = Accounts.author();
        String slug = "edge-" + UUID.randomUUID().toString().substring(0, 8);
        UUID post = draft(author, slug);
        String page = "/posts/" + slug;
        Instant edge = Instant.parse("2025-11-19T23:00:00Z");
        Instant day = Instant.parse("2025-11-20T00:00:00Z");
        // 31: one visit of two pages and a click in the edge hour; 32: a bounce in it; 33, 34: the next UTC day
        insert(edge.plus(Duration.ofMinutes(10)), 31, "pageview", page, post, "Google", null, null);
        insert(edge.plus(Duration.ofMinutes(20)), 31, "signup", page, post, null, null, null);
        insert(edge.plus(Duration.ofMinutes(50)), 31, "pageview", "/about", null, null, null, null);
        insert(edge.plus(Duration.ofMinutes(40)), 32, "pageview", page, post, null, null, null);
        insert(day.plus(Duration.ofHours(10)), 33, "pageview", page, post, null, null, null);
        insert(day.plus(Duration.ofHours(22)), 34, "pageview", "/about", null, null, null, null);
        List<String> reads = List.of(
                "/api/v1/analytics/summary?from=2025-11-20&to=2025-11-20&tz=Europe/Berlin",
                "/api/v1/analytics/summary?from=2025-11-20&to=2025-11-20&tz=Europe/Berlin&post=" + post);
        Tokens admin = Accounts.admin();
        List<String> raw = reads.stream().map(path -> answer(admin, path)).toList();
        admin.as().when().get(reads.get(0)).then().body("current.visitors", equalTo(4))
                .body("current.pageviews", equalTo(5)).body("current.visits", equalTo(4))
                .body("current.bounceRate", equalTo(0.75f));

        transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, edge, Instant.now()));
        rollDay(day);
        // the period's last day, cut at Berlin's midnight (23:00 UTC), from the day's prefix up to that hour
        transactions.inTransaction(() -> rollups.rollPrefix(day.plus(Duration.ofHours(23)), Instant.now()));
        assertThat(reads.stream().map(path -> answer(admin, path)).toList()).isEqualTo(raw);

        count("WITH changed AS (UPDATE analytics_rollups SET pageviews = pageviews + 1000 WHERE granularity = 'hour' "
                + "AND bucket_start = '2025-11-19T23:00:00Z' AND post_id IS NULL RETURNING 1) SELECT count(*) FROM changed");
        admin.as().when().get(reads.get(0)).then().body("current.pageviews", equalTo(1005));
    }

    /** A published post of the admin's, in a category and with a tag; its id. */
    private static UUID post(Tokens admin, String title, String categoryId, String tag) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("title", title, "contentMarkdown", "Body",
                "metaDescription", "About"));
        if (categoryId != null) {
            fields.put("categoryId", categoryId);
        }
        String location = admin.as().contentType(ContentType.JSON).body(fields).when().post("/api/v1/posts")
                .then().statusCode(201).extract().header("Location");
        admin.as().contentType(ContentType.JSON).body(Map.of("tags", List.of(tag))).when().put(location + "/tags")
                .then().statusCode(200);
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Each day its own visitors (a visitor id lives one day), so rolled days add up to what raw events give. */
    private void visitsOf(Instant day, long visitors, UUID a, UUID b) {
        long first = visitors;
        RawAnalyticsEvents.insert(dataSource, day.plusSeconds(10 * 3600), first, "pageview", RawAnalyticsEvents
                .columns("path", "/posts/tides", "post_id", a, "source", "Google", "referrer_host", "google.com",
                        "utm_medium", "cpc", "utm_campaign", "spring"));
        RawAnalyticsEvents.insert(dataSource, day.plusSeconds(10 * 3600 + 60), first, "signup", RawAnalyticsEvents
                .columns("path", "/posts/tides", "post_id", a, "props", "{\"plan\":\"pro\"}"));
        RawAnalyticsEvents.insert(dataSource, day.plusSeconds(10 * 3600 + 120), first, "pageview",
                RawAnalyticsEvents.columns("path", "/about"));
        RawAnalyticsEvents.insert(dataSource, day.plusSeconds(3 * 3600), first + 1, "pageview", RawAnalyticsEvents
                .columns("path", "/posts/waves", "post_id", b, "source", "Newsletter", "utm_medium", "email",
                        "country", "FR", "device", "mobile", "browser", "Safari", "os", "iOS"));
        RawAnalyticsEvents.insert(dataSource, day.plusSeconds(3 * 3600 + 30), first + 1, "engagement",
                RawAnalyticsEvents.columns("path", "/posts/waves", "post_id", b, "engaged_ms", 4000,
                        "scroll_depth", 50, "country", "FR", "device", "mobile", "browser", "Safari", "os", "iOS"));
        if (day.getEpochSecond() / 86400 % 2 == 1) {
            RawAnalyticsEvents.insert(dataSource, day.plusSeconds(20 * 3600), first + 2, "pageview",
                    RawAnalyticsEvents.columns("path", "/posts/tides", "post_id", a, "country", "US",
                            "device", "tablet", "browser", "Chrome", "os", "Android"));
        }
    }

    private void rollDay(Instant day) {
        transactions.inTransaction(() -> rollups.roll(Granularity.DAY, day, Instant.now()));
    }

    /** Rows of the month not equal to the sum of its days' rows, and the other way round. */
    private long monthRowsNotSumsOfDays(String month) {
        String days = "SELECT dimension, value, post_id, sum(visitors), sum(pageviews), sum(events) "
                + "FROM analytics_rollup_values WHERE day >= '" + month + "'::timestamptz "
                + "AND day < '" + month + "'::timestamptz + interval '1 month' GROUP BY dimension, value, post_id";
        String months = "SELECT dimension, value, post_id, visitors, pageviews, events "
                + "FROM analytics_rollup_month_values WHERE month = '" + month + "'";
        return count("SELECT count(*) FROM ((" + days + " EXCEPT ALL " + months + ") UNION ALL (" + months
                + " EXCEPT ALL " + days + ")) d");
    }

    @Test
    void aBreakdownOverWholeRolledMonthsReadsMonthRowsWithTheFiguresOfTheirDaysForEveryDimensionAndFilter() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Tokens admin = Accounts.admin();
        String category = admin.as().contentType(ContentType.JSON).body(Map.of("name", "Months " + run))
                .when().post("/api/v1/categories").then().statusCode(201).extract().path("id");
        UUID a = post(admin, "Tides " + run, category, "Moon " + run);
        UUID b = post(admin, "Waves " + run, null, "Moon " + run);
        String author = admin.as().when().get("/api/v1/posts/" + a).then().statusCode(200).extract()
                .path("authorId");
        Instant january31 = Instant.parse("2024-01-31T00:00:00Z");
        List<Instant> days = java.util.stream.IntStream.range(0, 31)
                .mapToObj(d -> january31.plus(d, ChronoUnit.DAYS)).toList();
        for (int d = 0; d < days.size(); d++) {
            visitsOf(days.get(d), 7_000_000L + d * 10L, a, b);
        }
        List<String> filters = List.of("", "&post=" + a, "&tag=moon-" + run, "&category=months-" + run,
                "&author=" + author);
        List<String> reads = new java.util.ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            for (String filter : filters) {
                reads.add("/api/v1/analytics/breakdown/" + dimension.code() + "?from=2024-01-31&to=2024-03-01&size=100"
                        + filter);
            }
        }
        // a period in another zone: February 29th is not whole in it, so the month is read day by day
        reads.add("/api/v1/analytics/breakdown/posts?from=2024-02-01&to=2024-02-29&tz=Europe/Berlin" + filters.get(2));
        List<String> raw = reads.stream().map(path -> answer(admin, path)).toList();
        String csvRaw = admin.as().accept("text/csv").when().get(reads.get(0)).then().statusCode(200).extract()
                .asString();

        days.stream().filter(day -> !day.equals(Instant.parse("2024-02-29T00:00:00Z"))).forEach(this::rollDay);
        assertThat(count("SELECT count(*) FROM analytics_rollup_month_values WHERE month = '2024-02-01T00:00:00Z'"))
                .as("February is not whole until its 29th is rolled").isZero();
        // each pass reads ~70 answers: a reader of its own per pass keeps every pass within one principal's rate limit
        Tokens dayReader = anotherAdmin();
        assertThat(reads.stream().map(path -> answer(dayReader, path)).toList()).isEqualTo(raw);

        rollDay(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(count("SELECT count(*) FROM analytics_rollup_months WHERE month = '2024-02-01T00:00:00Z'"))
                .isOne();
        long monthRows = count("SELECT count(*) FROM analytics_rollup_month_values "
                + "WHERE month = '2024-02-01T00:00:00Z'");
        assertThat(monthRows).isPositive();
        assertThat(monthRowsNotSumsOfDays("2024-02-01T00:00:00Z")).isZero();
        Tokens reader = anotherAdmin();
        assertThat(reads.stream().map(path -> answer(reader, path)).toList()).isEqualTo(raw);
        assertThat(reader.as().accept("text/csv").when().get(reads.get(0)).then().statusCode(200).extract()
                .asString()).isEqualTo(csvRaw);

        int pageviewsOfA = admin.as().when().get(reads.get(0)).then().statusCode(200).extract()
                .path("items.find { it.value == '" + a + "' }.pageviews");
        // the month rows are what is read: a change to them shows, and rolling a day of the month again rewrites them
        count("WITH changed AS (UPDATE analytics_rollup_month_values SET pageviews = pageviews + 1000 "
                + "WHERE month = '2024-02-01T00:00:00Z' AND dimension = 'posts' AND post_id IS NULL "
                + "AND value = '" + a + "' RETURNING 1) SELECT count(*) FROM changed");
        admin.as().when().get(reads.get(0)).then().statusCode(200)
                .body("items.find { it.value == '" + a + "' }.pageviews", equalTo(pageviewsOfA + 1000));
        RawAnalyticsEvents.insert(dataSource, Instant.parse("2024-02-10T23:00:00Z"), 7_999_999L, "pageview",
                RawAnalyticsEvents.columns("path", "/posts/tides", "post_id", a));
        rollDay(Instant.parse("2024-02-10T00:00:00Z"));
        rollDay(Instant.parse("2024-02-10T00:00:00Z"));
        assertThat(monthRowsNotSumsOfDays("2024-02-01T00:00:00Z")).isZero();
        assertThat(count("SELECT count(*) FROM analytics_rollup_month_values WHERE month = '2024-02-01T00:00:00Z'"))
                .isEqualTo(monthRows);
        admin.as().when().get(reads.get(0)).then().statusCode(200)
                .body("items.find { it.value == '" + a + "' }.pageviews", equalTo(pageviewsOfA + 1));
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
