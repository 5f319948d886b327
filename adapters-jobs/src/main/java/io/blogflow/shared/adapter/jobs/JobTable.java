package io.blogflow.shared.adapter.jobs;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobPriority;
import io.blogflow.shared.domain.job.JobState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code jobs} table: every job's payload, state, attempts and last error. Statements run on the data source's
 * connection, which joins the caller's JTA transaction when there is one (the outbox guarantee); the runner's state
 * changes are conditional updates, so a cancelled or finished job never starts again.
 */
final class JobTable {

    static final int MAX_ERROR_LENGTH = 4000;
    private static final String COLUMNS = "id, type, state, payload::text AS payload, priority, idempotency_key, "
            + "attempts, max_attempts, run_at, created_at, started_at, finished_at, last_error";

    private final DataSource dataSource;

    JobTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a runner needs to start an attempt. */
    record Started(int attempt, int maxAttempts, String payloadJson) {
    }

    record NewJob(JobId id, String type, String payloadJson, JobPriority priority, Optional<String> idempotencyKey,
                  int maxAttempts, Instant runAt, Instant createdAt) {
    }

    /** Inserts the job; with an idempotency key already taken for the type, inserts nothing and returns the holder. */
    Optional<JobId> insert(NewJob job) {
        return with(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO jobs (id, type, state, payload, priority, "
                    + "idempotency_key, attempts, max_attempts, run_at, created_at) VALUES (?, ?, 'PENDING', ?::jsonb, "
                    + "?, ?, 0, ?, ?, ?) ON CONFLICT (type, idempotency_key) WHERE idempotency_key IS NOT NULL "
                    + "DO NOTHING")) {
                insert.setObject(1, job.id().value());
                insert.setString(2, job.type());
                insert.setString(3, job.payloadJson());
                insert.setString(4, job.priority().name());
                insert.setString(5, job.idempotencyKey().orElse(null));
                insert.setInt(6, job.maxAttempts());
                insert.setObject(7, utc(job.runAt()));
                insert.setObject(8, utc(job.createdAt()));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement holder = c.prepareStatement(
                    "SELECT id FROM jobs WHERE type = ? AND idempotency_key = ?")) {
                holder.setString(1, job.type());
                holder.setString(2, job.idempotencyKey().orElseThrow());
                try (ResultSet rows = holder.executeQuery()) {
                    rows.next();
                    return Optional.of(new JobId(rows.getObject(1, UUID.class)));
                }
            }
        });
    }

    /** Counts an attempt and marks the job running, unless it finished, was cancelled or has no attempts left. */
    Optional<Started> start(JobId id, Instant now) {
        return with(c -> {
            try (PreparedStatement start = c.prepareStatement("UPDATE jobs SET state = 'RUNNING', attempts = attempts "
                    + "+ 1, started_at = ? WHERE id = ? AND state IN ('PENDING', 'RUNNING') AND attempts < max_attempts "
                    + "RETURNING attempts, max_attempts, payload::text")) {
                start.setObject(1, utc(now));
                start.setObject(2, id.value());
                try (ResultSet rows = start.executeQuery()) {
                    return rows.next() ? Optional.of(new Started(rows.getInt(1), rows.getInt(2), rows.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    boolean succeed(JobId id, Instant now) {
        return update("UPDATE jobs SET state = 'SUCCEEDED', finished_at = ? WHERE id = ? AND state = 'RUNNING'",
                utc(now), id.value()) == 1;
    }

    boolean retryLater(JobId id, Instant at, String error) {
        return update("UPDATE jobs SET state = 'PENDING', run_at = ?, last_error = ? WHERE id = ? AND state = 'RUNNING'",
                utc(at), truncate(error), id.value()) == 1;
    }

    /** Marks a running job dead, or a pending or running one whose attempts are used up (its instance died). */
    boolean die(JobId id, Instant now, String error) {
        return update("UPDATE jobs SET state = 'DEAD', finished_at = ?, last_error = ? WHERE id = ? "
                + "AND (state = 'RUNNING' OR (state = 'PENDING' AND attempts >= max_attempts))",
                utc(now), truncate(error), id.value()) == 1;
    }

    boolean revive(JobId id, Instant now) {
        return update("UPDATE jobs SET state = 'PENDING', attempts = 0, run_at = ?, started_at = NULL, "
                + "finished_at = NULL WHERE id = ? AND state = 'DEAD'", utc(now), id.value()) == 1;
    }

    boolean cancel(JobId id, Instant now) {
        return update("UPDATE jobs SET state = 'CANCELLED', finished_at = ? WHERE id = ? AND state = 'PENDING'",
                utc(now), id.value()) == 1;
    }

    int deleteFinished(JobState state, Instant before) {
        return update("DELETE FROM jobs WHERE state = ? AND finished_at < ?", state.name(), utc(before));
    }

    Optional<Job> find(JobId id) {
        return with(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs WHERE id = ?")) {
                select.setObject(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(job(rows)) : Optional.empty();
                }
            }
        });
    }

    Page<Job> find(Optional<JobState> state, Optional<String> type, PageRequest page) {
        String where = " WHERE (CAST(? AS varchar) IS NULL OR state = ?) AND (CAST(? AS varchar) IS NULL OR type = ?)";
        return with(c -> {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM jobs" + where)) {
                filter(count, state, type);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Job> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs" + where
                    + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                filter(select, state, type);
                select.setInt(5, page.size());
                select.setLong(6, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(job(rows));
                    }
                }
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** Pending jobs per type, and the earliest due moment among the due ones (null: none is due). */
    record Backlog(Map<String, Long> pendingByType, Instant oldestDue) {
    }

    Backlog backlog(Instant now) {
        return with(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT type, count(*), min(run_at) FILTER (WHERE run_at "
                    + "<= ?) FROM jobs WHERE state = 'PENDING' GROUP BY type")) {
                select.setObject(1, utc(now));
                Map<String, Long> byType = new HashMap<>();
                Instant oldest = null;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byType.put(rows.getString(1), rows.getLong(2));
                        OffsetDateTime due = rows.getObject(3, OffsetDateTime.class);
                        if (due != null && (oldest == null || due.toInstant().isBefore(oldest))) {
                            oldest = due.toInstant();
                        }
                    }
                }
                return new Backlog(byType, oldest);
            }
        });
    }

    /** Wakes the workers of every instance once the current transaction commits (PostgreSQL delivers at commit). */
    void signalDue() {
        with(c -> {
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + JobWakeUps.CHANNEL + "', '')")) {
                notify.execute();
            }
            return null;
        });
    }

    private static void filter(PreparedStatement statement, Optional<JobState> state, Optional<String> type)
            throws SQLException {
        String stateName = state.map(JobState::name).orElse(null);
        statement.setString(1, stateName);
        statement.setString(2, stateName);
        statement.setString(3, type.orElse(null));
        statement.setString(4, type.orElse(null));
    }

    private static Job job(ResultSet row) throws SQLException {
        return new Job(new JobId(row.getObject("id", UUID.class)), row.getString("type"),
                JobState.valueOf(row.getString("state")), JobPriority.valueOf(row.getString("priority")),
                row.getString("payload"), Optional.ofNullable(row.getString("idempotency_key")),
                row.getInt("attempts"), row.getInt("max_attempts"), instant(row, "run_at").orElseThrow(),
                instant(row, "created_at").orElseThrow(), instant(row, "started_at"), instant(row, "finished_at"),
                Optional.ofNullable(row.getString("last_error")));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private int update(String sql, Object... parameters) {
        return with(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T with(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Job queue statement failed: " + e.getMessage(), e);
        }
    }
}
