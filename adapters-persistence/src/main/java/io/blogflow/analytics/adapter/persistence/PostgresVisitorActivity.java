package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.VisitorActivity;
import io.blogflow.analytics.domain.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The latest written event per visitor from {@code analytics_events}: a time range the BRIN index on time narrows. */
@ApplicationScoped
public class PostgresVisitorActivity implements VisitorActivity {

    private static final String LAST_SEEN = "SELECT visitor_id, max(occurred_at) FROM analytics_events "
            + "WHERE occurred_at >= ? GROUP BY visitor_id";

    private final DataSource dataSource;

    public PostgresVisitorActivity(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<VisitorId, Instant> lastSeenSince(Instant since) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LAST_SEEN)) {
            statement.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            Map<VisitorId, Instant> lastSeen = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lastSeen.put(new VisitorId(rows.getLong(1)),
                            rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
            return lastSeen;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visitors' latest events", e);
        }
    }
}
