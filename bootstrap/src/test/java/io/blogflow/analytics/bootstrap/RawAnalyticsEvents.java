package io.blogflow.analytics.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Raw analytics events written straight into {@code analytics_events}, at any time, for rollup and dashboard tests. */
final class RawAnalyticsEvents {

    private static final Map<String, Object> DEFAULTS = Map.of("site", "test.example", "path", "/",
            "country", "DE", "browser", "Firefox", "os", "Linux", "device", "desktop");

    private RawAnalyticsEvents() {
    }

    /** Columns by name, those given {@code null} left out (they keep their default). */
    static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return columns;
    }

    /** One event; {@code columns} set or override any other column ({@code props} as JSON text). */
    static void insert(DataSource dataSource, Instant at, long visitor, String name, Map<String, Object> columns) {
        Map<String, Object> values = new LinkedHashMap<>(DEFAULTS);
        values.putAll(columns);
        values.put("occurred_at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        values.put("visitor_id", visitor);
        values.put("name", name);
        String placeholders = String.join(", ", values.keySet().stream()
                .map(column -> column.equals("props") ? "?::jsonb" : "?").toList());
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("INSERT INTO analytics_events (" + String.join(", ", values.keySet())
                        + ") VALUES (" + placeholders + ")")) {
            int i = 1;
            for (Object value : values.values()) {
                statement.setObject(i++, value);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
