package io.blogflow.analytics.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A UTC month's breakdown values ({@code analytics_rollup_month_values}): the sums of its days' rows of
 * {@code analytics_rollup_values}, so a breakdown over whole months reads a twelfth of the rows and answers the same
 * figures. Written, in the transaction that rolled a day, once every day of the month is rolled, and rewritten
 * whenever one of its days is rolled again (late events), so they always equal the sum of the days.
 */
final class MonthlyValues {

    private MonthlyValues() {
    }

    /** After the day starting at {@code day} was rolled (and marked) in this transaction. */
    static void afterDayRolled(Connection connection, Instant day, Instant now) throws SQLException {
        YearMonth month = YearMonth.from(day.atOffset(ZoneOffset.UTC));
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // Instances rolling two days of one month wait for each other here; once the first commits, the second
        // (read committed: a new snapshot per statement) sees its day, so the last day rolled writes the month.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext('analytics.rollup.month'), ?)")) {
            lock.setInt(1, month.getYear() * 12 + month.getMonthValue());
            lock.executeQuery().close();
        }
        if (rolledDays(connection, start, end) < month.lengthOfMonth()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM analytics_rollup_month_values WHERE month = ?")) {
            delete.setObject(1, PostgresRollups.utc(start));
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO analytics_rollup_month_values (month, dimension, value, post_id, visitors, pageviews, events)
                SELECT ?, dimension, value, post_id, sum(visitors), sum(pageviews), sum(events)
                FROM analytics_rollup_values WHERE day >= ? AND day < ?
                GROUP BY dimension, value, post_id""")) {
            insert.setObject(1, PostgresRollups.utc(start));
            insert.setObject(2, PostgresRollups.utc(start));
            insert.setObject(3, PostgresRollups.utc(end));
            insert.executeUpdate();
        }
        try (PreparedStatement mark = connection.prepareStatement("""
                INSERT INTO analytics_rollup_months (month, rolled_at) VALUES (?, ?)
                ON CONFLICT (month) DO UPDATE SET rolled_at = excluded.rolled_at""")) {
            mark.setObject(1, PostgresRollups.utc(start));
            mark.setObject(2, PostgresRollups.utc(now));
            mark.executeUpdate();
        }
    }

    private static long rolledDays(Connection connection, Instant start, Instant end) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM analytics_rollup_windows "
                + "WHERE granularity = 'day' AND bucket_start >= ? AND bucket_start < ?")) {
            count.setObject(1, PostgresRollups.utc(start));
            count.setObject(2, PostgresRollups.utc(end));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
