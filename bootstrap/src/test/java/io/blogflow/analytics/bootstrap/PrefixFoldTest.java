package io.blogflow.analytics.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.application.port.out.RollupStore;
import io.blogflow.analytics.application.port.out.RollupStore.Granularity;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Today's prefix folded hour by hour from the previous one gives exactly the rows the full recomputation from the
 * day's raw events gives: rollup rows, first-seen hours, the day's visitors (open visits, value keys) and the prefix's
 * values, on a generated day (visits across hour boundaries, bounces, engagement, every dimension, late events).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PrefixFoldTest {

    private static final Instant DAY = Instant.parse("2005-03-07T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] PATHS = {"/", "/about", "/posts/a", "/posts/b", "/posts/c", "/posts/d"};
    private static final UUID[] POSTS = {null, null, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID()};
    private static final String[] SOURCES = {null, "Google", "Twitter", "Hacker News"};
    private static final String[] COUNTRIES = {null, "DE", "FR", "US"};
    private static final String[] DEVICES = {"desktop", "mobile", "tablet"};
    private static final String[] BROWSERS = {"Firefox", "Chrome", "Safari"};

    @Inject
    RollupStore rollups;

    @Inject
    Transactions transactions;

    @Inject
    DataSource dataSource;

    @Test
    void eachHourFoldedIntoThePreviousPrefixGivesTheRowsOfTheFullRecomputationLateEventsIncluded() {
        Random random = new Random(20051);
        insert(events(random, 1, 160));
        for (int hour = 0; hour < 23; hour++) {
            Instant start = DAY.plus(Duration.ofHours(hour));
            Instant end = start.plus(Duration.ofHours(1));
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, start, NOW));
            transactions.inTransaction(() -> rollups.rollPrefix(end, NOW));
            Map<String, List<String>> folded = prefix(end);
            recomputeFromScratch(end);
            assertThat(folded).as("prefix up to %s", end).isEqualTo(prefix(end));
        }
        Instant last = DAY.plus(Duration.ofHours(23));
        List<String> before = rows("SELECT visitors FROM analytics_rollups WHERE granularity = 'upto' "
                + "AND bucket_start = ? AND post_id IS NULL", last);

        // late events in hours 3 and 10: visits of known visitors going on, new visitors; the latest prefix does not
        // know them until their hour is rolled again
        insert(events(new Random(77), 140, 200).stream()
                .filter(event -> event.at.isBefore(DAY.plus(Duration.ofHours(11)))).toList());
        insert(List.of(event(5, DAY.plus(Duration.ofMinutes(3 * 60 + 50)), "pageview", 3, 1),
                event(9, DAY.plus(Duration.ofMinutes(10 * 60 + 20)), "click", 4, 2)));
        transactions.inTransaction(() -> rollups.rollPrefix(last, NOW));
        assertThat(rows("SELECT visitors FROM analytics_rollups WHERE granularity = 'upto' AND bucket_start = ? "
                + "AND post_id IS NULL", last)).isEqualTo(before);
        for (int hour = 0; hour < 23; hour++) {
            Instant start = DAY.plus(Duration.ofHours(hour));
            transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, start, NOW));
            transactions.inTransaction(() -> rollups.rollPrefix(start.plus(Duration.ofHours(1)), NOW));
        }
        Map<String, List<String>> refolded = new LinkedHashMap<>();
        for (int hour = 1; hour <= 23; hour++) {
            refolded.put("upto " + hour, upto(DAY.plus(Duration.ofHours(hour))));
        }
        refolded.putAll(prefix(last));
        Map<String, List<String>> recomputed = new LinkedHashMap<>();
        for (int hour = 1; hour <= 23; hour++) {
            recomputeFromScratch(DAY.plus(Duration.ofHours(hour)));
            recomputed.put("upto " + hour, upto(DAY.plus(Duration.ofHours(hour))));
        }
        recomputed.putAll(prefix(last));
        assertThat(refolded).isEqualTo(recomputed);
        assertThat(rows("SELECT visitors FROM analytics_rollups WHERE granularity = 'upto' AND bucket_start = ? "
                + "AND post_id IS NULL", last)).isNotEqualTo(before);
    }

    /** Without a prefix an hour before, the prefix is recomputed from the day's raw events. */
    private void recomputeFromScratch(Instant end) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM analytics_rollup_windows "
                     + "WHERE granularity = 'upto' AND bucket_start > ? AND bucket_start < ?")) {
            forget.setObject(1, utc(DAY));
            forget.setObject(2, utc(DAY.plus(Duration.ofDays(1))));
            forget.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        transactions.inTransaction(() -> rollups.rollPrefix(end, NOW));
    }

    /** Every row the prefix up to {@code end} consists of, as text. */
    private Map<String, List<String>> prefix(Instant end) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("upto", upto(end));
        tables.put("first seen", rows("SELECT bucket_start, post_id, first_visitors FROM analytics_rollups "
                + "WHERE granularity = 'hour' AND bucket_start >= ? AND bucket_start < ?", DAY, end));
        tables.put("visitors", rows("SELECT * FROM analytics_day_visitors WHERE day = ?", DAY));
        tables.put("values", rows("SELECT * FROM analytics_prefix_values WHERE day = ?", DAY));
        return tables;
    }

    private List<String> upto(Instant end) {
        return rows("SELECT post_id, pageviews, visitors, sessions, bounces, duration_ms, engaged_ms, "
                + "scroll_depth_sum, scroll_samples, events, first_visitors FROM analytics_rollups "
                + "WHERE granularity = 'upto' AND bucket_start = ?", end);
    }

    private List<String> rows(String select, Instant... instants) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT t::text FROM (" + select + ") t ORDER BY 1")) {
            for (int i = 0; i < instants.length; i++) {
                statement.setObject(i + 1, utc(instants[i]));
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Event(long visitor, Instant at, String name, int page, int attributes) {
    }

    private static Event event(long visitor, Instant at, String name, int page, int attributes) {
        return new Event(visitor, at, name, page, attributes);
    }

    /**
     * Visitors {@code from..to}: one to three visits each, often starting in an hour's last minutes, with page views,
     * engagement and clicks 1 to 29 minutes apart (a visit runs on across the hour), some a single page view.
     */
    private static List<Event> events(Random random, int from, int to) {
        List<Event> events = new ArrayList<>();
        for (long visitor = from; visitor <= to; visitor++) {
            int attributes = random.nextInt(1000);
            Instant at = DAY.plus(Duration.ofMinutes(random.nextInt(60 * 22)));
            for (int visit = random.nextInt(3); visit >= 0; visit--) {
                int length = random.nextInt(4) == 0 ? 1 : 2 + random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    String name = i == 0 ? "pageview" : switch (random.nextInt(5)) {
                        case 0, 1 -> "pageview";
                        case 2 -> "engagement";
                        case 3 -> "click";
                        default -> "share";
                    };
                    events.add(event(visitor, at, name, random.nextInt(PATHS.length), attributes + i));
                    at = at.plus(Duration.ofMinutes(1 + random.nextInt(29))).plusSeconds(random.nextInt(59));
                }
                at = at.plus(Duration.ofMinutes(31 + random.nextInt(200)));
            }
        }
        return events.stream().filter(event -> event.at.isBefore(DAY.plus(Duration.ofHours(23)))).toList();
    }

    private void insert(List<Event> events) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO analytics_events (occurred_at, site, name, visitor_id, path, post_id, source, "
                        + "referrer_host, utm_medium, country, browser, os, device, engaged_ms, scroll_depth, props) "
                        + "VALUES (?, 'fold.example', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Linux', ?, ?, ?, ?::jsonb)")) {
            for (Event event : events) {
                int a = event.attributes;
                boolean engagement = event.name.equals("engagement");
                insert.setObject(1, utc(event.at));
                insert.setString(2, event.name);
                insert.setLong(3, event.visitor);
                insert.setString(4, PATHS[event.page]);
                insert.setObject(5, POSTS[event.page]);
                insert.setString(6, SOURCES[a % SOURCES.length]);
                insert.setString(7, SOURCES[a % SOURCES.length] == null ? null : "ref" + a % 3 + ".example");
                insert.setString(8, a % 5 == 0 ? "email" : null);
                insert.setString(9, COUNTRIES[(a / 7) % COUNTRIES.length]);
                insert.setString(10, BROWSERS[(a / 3) % BROWSERS.length]);
                insert.setString(11, DEVICES[(a / 11) % DEVICES.length]);
                insert.setObject(12, engagement ? 1000 + a * 37 : null);
                insert.setObject(13, engagement ? a % 101 : null);
                insert.setString(14, event.name.equals("click") ? "{\"plan\": \"p" + a % 3 + "\"}" : null);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
