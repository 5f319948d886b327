package io.blogflow.analytics.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.application.port.out.EventPartitions;
import io.blogflow.analytics.application.port.out.PostViewTotals;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The rollup SQL and the partition maintenance against the real database, on windows far in the past. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RollupsTest {

    @Inject
    RollupStore rollups;

    @Inject
    EventPartitions partitions;

    @Inject
    PostViewTotals totals;

    @Inject
    Transactions transactions;

    @Inject
    DataSource dataSource;

    private void insert(String site, Instant at, long visitor, String name, UUID post, Integer engagedMs,
                        Integer scrollDepth) {
        RawAnalyticsEvents.insert(dataSource, at, visitor, name, RawAnalyticsEvents.columns("site", site,
                "post_id", post, "engaged_ms", engagedMs, "scroll_depth", scrollDepth));
    }

    private Map<String, Object> row(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet found = statement.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (found.next()) {
                    for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
                        Object value = found.getObject(i);
                        row.put(found.getMetaData().getColumnName(i), value == null ? null : value.toString());
                    }
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> rollup(String granularity, Instant start, UUID post) {
        return row("SELECT pageviews, visitors, sessions, bounces, duration_ms, engaged_ms, scroll_depth_sum, "
                + "scroll_samples, events FROM analytics_rollups WHERE granularity = ? AND bucket_start = ? "
                + "AND post_id IS NOT DISTINCT FROM ?", granularity, OffsetDateTime.ofInstant(start, ZoneOffset.UTC),
                post);
    }

    private static Map<String, Object> figures(long pageviews, long visitors, long sessions, long bounces,
                                               long durationMs, long engagedMs) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("pageviews", Long.toString(pageviews));
        expected.put("visitors", Long.toString(visitors));
        expected.put("sessions", Long.toString(sessions));
        expected.put("bounces", Long.toString(bounces));
        expected.put("duration_ms", Long.toString(durationMs));
        expected.put("engaged_ms", Long.toString(engagedMs));
        return expected;
    }

    @Test
    void anHourIsRolledPerPostAndForTheSiteWithVisitsBouncesAndEventsIdempotentlyAndWithLateEvents() {
        Instant hour = Instant.parse("2003-04-05T10:00:00Z");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String site = "rollup.example";
        // visitor 1: a page view and a click on A, no bounce
        insert(site, hour, 1, "pageview", a, null, null);
        insert(site, hour.plusSeconds(300), 1, "click", a, null, null);
        // visitor 2: one page view on A, a bounce
        insert(site, hour.plusSeconds(600), 2, "pageview", a, null, null);
        // visitor 3: enters on B, reads A (engaged 5 s, scrolled 80 %); 35 minutes later a new visit on B, a bounce
        insert(site, hour, 3, "pageview", b, null, null);
        insert(site, hour.plusSeconds(1200), 3, "pageview", a, null, null);
        insert(site, hour.plusSeconds(1260), 3, "engagement", a, 5000, 80);
        insert(site, hour.plusSeconds(1260 + 2100), 3, "pageview", b, null, null);

        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Optional<Set<UUID>> touched = transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, hour, now));
        transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, hour, now));

        assertThat(touched).contains(Set.of(a, b));
        assertThat(rollup("hour", hour, null)).containsAllEntriesOf(figures(5, 3, 4, 2, 300_000 + 1_260_000, 5000))
                .containsEntry("scroll_depth_sum", "80").containsEntry("scroll_samples", "1");
        assertThat(rollup("hour", hour, a)).containsAllEntriesOf(figures(3, 3, 2, 1, 300_000, 5000));
        assertThat(rollup("hour", hour, a).get("events").toString().replace(" ", ""))
                .contains("\"click\":1").contains("\"pageview\":3").contains("\"engagement\":1");
        assertThat(rollup("hour", hour, b)).containsAllEntriesOf(figures(2, 1, 2, 1, 1_260_000, 0));
        assertThat(row("SELECT count(*) AS n FROM analytics_rollups WHERE bucket_start = ?",
                OffsetDateTime.ofInstant(hour, ZoneOffset.UTC))).containsEntry("n", "3");

        insert(site, hour.plusSeconds(650), 2, "share", a, null, null);
        transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, hour, now));
        assertThat(rollup("hour", hour, a)).as("the late share means visitor 2 did not bounce")
                .containsEntry("bounces", "0");

        transactions.inTransaction(() -> rollups.roll(Granularity.DAY, Instant.parse("2003-04-05T00:00:00Z"), now));
        transactions.inTransaction(() -> rollups.refreshPostAnalytics(Set.of(a, b), now));
        assertThat(row("SELECT views, visitors, avg_time_ms, bounce_rate FROM post_analytics WHERE post_id = ?", a))
                .containsEntry("views", "3").containsEntry("visitors", "3").containsEntry("avg_time_ms", "1667")
                .containsEntry("bounce_rate", "0.0000");
        assertThat(row("SELECT bounce_rate FROM post_analytics WHERE post_id = ?", b))
                .containsEntry("bounce_rate", "0.5000");
        assertThat(transactions.inTransaction(() -> totals.views(Set.of(a, b, UUID.randomUUID()))))
                .as("the totals handed to the blog's views counter; a post never rolled up has none")
                .isEqualTo(Map.of(a, 3L, b, 2L));
    }

    @Test
    void aWindowLockedByAnotherInstanceIsSkipped() throws SQLException {
        Instant hour = Instant.parse("2003-06-01T10:00:00Z");
        try (Connection other = dataSource.getConnection();
             PreparedStatement lock = other.prepareStatement(
                     "SELECT pg_advisory_lock(hashtext('analytics.rollup.hour'), ?)")) {
            lock.setInt(1, (int) (hour.getEpochSecond() / 3600));
            lock.executeQuery().close();
            assertThat(transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, hour, Instant.now())))
                    .isEmpty();
            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                unlock.executeQuery().close();
            }
        }
        assertThat(transactions.inTransaction(() -> rollups.roll(Granularity.HOUR, hour, Instant.now())))
                .isPresent();
    }

    @Test
    void aMonthPartitionTakesOverTheRowsTheDefaultCaughtAndIsDroppedWholePastRetention() {
        String site = "partition.example";
        insert(site, Instant.parse("2002-02-10T00:00:00Z"), 9, "pageview", null, null, null);
        insert(site, Instant.parse("2002-03-10T00:00:00Z"), 9, "pageview", null, null, null);

        transactions.inTransaction(() -> partitions.ensure(YearMonth.of(2002, 2)));
        transactions.inTransaction(() -> partitions.ensure(YearMonth.of(2002, 2)));

        assertThat(row("SELECT count(*) AS n FROM analytics_events_y2002m02 WHERE site = ?", site))
                .containsEntry("n", "1");
        assertThat(row("SELECT count(*) AS n FROM analytics_events WHERE site = ?", site)).containsEntry("n", "2");
        // its BRIN index summarises each block range once full: an unsummarised range would match every time asked
        assertThat(row("SELECT array_to_string(i.reloptions, ',') AS options FROM pg_index x "
                + "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'analytics_events_y2002m02'::regclass"))
                .containsEntry("options", "autosummarize=on");
        insert(site, Instant.parse("2002-02-11T00:00:00Z"), 9, "pageview", null, null, null);
        assertThat(row("SELECT count(*) AS n FROM analytics_events_y2002m02 WHERE site = ?", site))
                .containsEntry("n", "2");

        String eventsState = "SELECT sum(changes) AS n FROM analytics_event_changes";
        long before = Long.parseLong(String.valueOf(row(eventsState).get("n")));
        int dropped = transactions.inTransaction(() -> partitions.dropEndingBefore(
                Instant.parse("2002-03-01T00:00:00Z")));
        assertThat(dropped).isEqualTo(1);
        // no trigger fires for a dropped partition: the drop raises the raw events' state itself (kept answers)
        assertThat(Long.parseLong(String.valueOf(row(eventsState).get("n")))).isGreaterThan(before);
        assertThat(row("SELECT count(*) AS n FROM analytics_events WHERE site = ?", site)).containsEntry("n", "1");
        assertThat(row("SELECT to_regclass('analytics_events_y2002m02') AS t")).containsEntry("t", null);
    }
}
