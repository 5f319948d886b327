package io.blogflow.analytics.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.blogflow.analytics.adapter.persistence.CopyEventBuffer;
import io.blogflow.analytics.domain.AnalyticsEvent;
import io.blogflow.analytics.domain.ClientClass;
import io.blogflow.analytics.domain.EventName;
import io.blogflow.analytics.domain.EventProps;
import io.blogflow.analytics.domain.TrafficSource;
import io.blogflow.analytics.domain.VisitorId;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The COPY write path against the real database, with buffers of its own (tiny capacities, long intervals). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CopyEventBufferTest {

    @Inject
    DataSource dataSource;

    private static AnalyticsEvent event(String site, String country) {
        return new AnalyticsEvent(Instant.now(), site, EventName.PAGEVIEW, new VisitorId(42), "/a\u0000b", null,
                new TrafficSource(null, null, null, null, null), country,
                new ClientClass("Firefox", "Linux", "desktop", false), null, null, null,
                new EventProps(Map.of("k", "line\nbreak, \"comma\"")));
    }

    private long count(String site) {
        return number("SELECT count(*) FROM analytics_events WHERE site = ?", site);
    }

    /** The raw events' state (analytics-014) that kept dashboard answers depend on. */
    private long eventChanges() {
        return number("SELECT coalesce(sum(changes), 0) FROM analytics_event_changes");
    }

    private long number(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet found = statement.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFullBufferRefusesAWholeBatchAndTakesEventsAgainOnceWritten() {
        String site = "full-" + UUID.randomUUID() + ".example";
        var buffer = new CopyEventBuffer(dataSource, new CopyEventBuffer.Settings(10, 1000, Duration.ofMillis(300)));
        try {
            assertThat(buffer.offer(Collections.nCopies(8, event(site, null)))).isTrue();
            assertThat(buffer.offer(Collections.nCopies(3, event(site, null)))).isFalse();
            assertThat(buffer.offer(Collections.nCopies(2, event(site, null)))).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> buffer.held() == 0);
            assertThat(count(site)).isEqualTo(10);
            assertThat(buffer.written()).isEqualTo(10);
            assertThat(buffer.offer(Collections.nCopies(3, event(site, null)))).isTrue();
        } finally {
            buffer.close();
        }
        assertThat(count(site)).isEqualTo(13);
    }

    @Test
    void closingFlushesEverythingHeldWithoutWaitingForTheInterval() {
        String site = "close-" + UUID.randomUUID() + ".example";
        var buffer = new CopyEventBuffer(dataSource, new CopyEventBuffer.Settings(1000, 1000, Duration.ofHours(1)));
        assertThat(buffer.offer(Collections.nCopies(5, event(site, null)))).isTrue();
        buffer.close();
        assertThat(count(site)).isEqualTo(5);
        assertThat(buffer.offer(List.of(event(site, null)))).as("a closed buffer takes nothing").isFalse();
    }

    @Test
    void aFlushRaisesTheRawEventsStateOncePerCopyNotPerEvent() {
        String site = "state-" + UUID.randomUUID() + ".example";
        var buffer = new CopyEventBuffer(dataSource, new CopyEventBuffer.Settings(1000, 1000, Duration.ofHours(1)));
        long before = eventChanges();
        assertThat(buffer.offer(Collections.nCopies(50, event(site, null)))).isTrue();
        buffer.close();
        assertThat(count(site)).isEqualTo(50);
        assertThat(eventChanges() - before).isBetween(1L, 49L);
    }

    @Test
    void aRowTheDatabaseRefusesIsCountedAndTheRestOfItsBatchWritten() {
        String site = "bad-" + UUID.randomUUID() + ".example";
        var buffer = new CopyEventBuffer(dataSource, new CopyEventBuffer.Settings(1000, 1000, Duration.ofHours(1)));
        List<AnalyticsEvent> batch = new java.util.ArrayList<>(Collections.nCopies(6, event(site, "DE")));
        batch.add(3, event(site, "de"));
        assertThat(buffer.offer(batch)).isTrue();
        buffer.close();
        assertThat(count(site)).isEqualTo(6);
        assertThat(buffer.failed()).isEqualTo(1);
        assertThat(buffer.held()).isZero();
    }
}
