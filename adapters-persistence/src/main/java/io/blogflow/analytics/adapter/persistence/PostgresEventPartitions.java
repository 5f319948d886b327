package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.EventPartitions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Monthly partitions named {@code analytics_events_yYYYYmMM}. A new one is built beside the table, given any rows the
 * default partition caught for its month, and attached, all in one transaction; an old one is dropped whole.
 */
@ApplicationScoped
public class PostgresEventPartitions implements EventPartitions {

    private static final Pattern NAME = Pattern.compile("analytics_events_y(\\d{4})m(\\d{2})");

    private final EntityManager em;

    public PostgresEventPartitions(EntityManager em) {
        this.em = em;
    }

    static String nameOf(YearMonth month) {
        return "analytics_events_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
    }

    @Override
    public void ensure(YearMonth month) {
        String name = nameOf(month);
        String from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        em.unwrap(Session.class).doWork(connection -> {
            if (existing(connection).contains(name)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE analytics_events IN SHARE ROW EXCLUSIVE MODE");
                statement.execute("CREATE TABLE " + name
                        + " (LIKE analytics_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
                statement.execute("WITH moved AS (DELETE FROM analytics_events_default WHERE occurred_at >= '" + from
                        + "' AND occurred_at < '" + to + "' RETURNING *) INSERT INTO " + name + " SELECT * FROM moved");
                statement.execute("ALTER TABLE analytics_events ATTACH PARTITION " + name + " FOR VALUES FROM ('"
                        + from + "') TO ('" + to + "')");
            }
        });
    }

    @Override
    public int dropEndingBefore(Instant cutoff) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int dropped = 0;
            for (String name : existing(connection)) {
                Matcher parts = NAME.matcher(name);
                if (!parts.matches()) {
                    continue;
                }
                YearMonth month = YearMonth.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
                Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                if (!end.isAfter(cutoff)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP TABLE " + name);
                    }
                    dropped++;
                }
            }
            int deleted;
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM analytics_events_default WHERE occurred_at < ?")) {
                statement.setObject(1, PostgresRollups.utc(cutoff));
                deleted = statement.executeUpdate();
            }
            if (dropped + deleted > 0) {
                countChange(connection);
            }
            return dropped;
        });
    }

    /**
     * Raises the raw events' state (analytics-014): a dropped partition, or rows deleted from the default one, fire
     * no trigger on {@code analytics_events}, and answers kept for it must be read again. A statement on the table
     * that changes no row still fires its statement-level trigger once, in this transaction.
     */
    private static void countChange(java.sql.Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM analytics_events WHERE false");
        }
    }

    private static List<String> existing(java.sql.Connection connection) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.relname FROM pg_inherits i
                     JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
                     WHERE p.relname = 'analytics_events' ORDER BY c.relname""")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
