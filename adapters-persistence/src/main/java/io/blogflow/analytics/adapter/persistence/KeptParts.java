package io.blogflow.analytics.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

/**
 * Parts of dashboard answers kept in this instance while what they were read from is unchanged. The database's
 * {@link State} says what changed: the sum of {@code analytics_rollup_changes.changes}, raised in the same transaction
 * by every write to a rollup table (a re-roll for late events, another instance's roll, a hand-made fix), and the sum
 * of {@code analytics_event_changes.changes}, raised by every write to the raw events (each flush of an instance's
 * event buffer). A part is used only with the state it was read in: exact with several instances. Which of the two
 * counts for a part is the {@code version} this keeper was made with: parts read from the rollups only survive new
 * raw events; whole answers do not.
 */
final class KeptParts {

    /**
     * Rows kept per state at most (a part weighs one plus its rows): a dashboard's reads over a few periods,
     * filters and dimensions, without holding every value of a large site's every breakdown.
     */
    static final long CAPACITY = 200_000;

    private static final String STATE = "SELECT (SELECT coalesce(sum(changes), 0) FROM analytics_rollup_changes), "
            + "(SELECT coalesce(sum(changes), 0) FROM analytics_event_changes)";

    /** How many writes the rollups and the raw events have seen (both only grow). */
    record State(long rollups, long events) {

        /** Moves whenever either moves. */
        long rollupsAndEvents() {
            return rollups + events;
        }
    }

    private final ToLongFunction<State> version;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1));

    /** @param version what of the state a part depends on: {@link State#rollups} or {@link State#rollupsAndEvents} */
    KeptParts(ToLongFunction<State> version) {
        this.version = version;
    }

    @FunctionalInterface
    interface Read<T extends Weighed> {
        T apply(Connection connection) throws SQLException;
    }

    /** A part, weighing one plus the rows it holds. */
    interface Weighed {
        int rows();
    }

    /** The parts read in one version, and their weight. */
    private record Generation(long version, Map<Object, Object> parts, AtomicLong weight) {

        Generation(long version) {
            this(version, new ConcurrentHashMap<>(), new AtomicLong());
        }

        void keep(Object key, Weighed part) {
            long weight = 1L + part.rows();
            if (this.weight.addAndGet(weight) <= CAPACITY) {
                parts.put(key, part);
            } else {
                this.weight.addAndGet(-weight);
            }
        }
    }

    /** The database's state, after running {@code before} (settings for the reads that follow) in the same round trip. */
    static State state(Connection connection, String before) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean rows = statement.execute(before + ";" + STATE);
            while (!rows) {
                rows = statement.getMoreResults();
            }
            try (ResultSet result = statement.getResultSet()) {
                return stateOf(result);
            }
        }
    }

    private static State state(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(STATE)) {
            return stateOf(result);
        }
    }

    private static State stateOf(ResultSet result) throws SQLException {
        result.next();
        return new State(result.getLong(1), result.getLong(2));
    }

    /**
     * The part under {@code key} as read in {@code state} (the database's state read before): kept, or read and kept
     * when its version has not moved while it was read (a part read across a commit it depends on is not kept).
     */
    @SuppressWarnings("unchecked")
    <T extends Weighed> T get(Connection connection, State state, Object key, Read<T> read) throws SQLException {
        long wanted = version.applyAsLong(state);
        Generation generation = current.get();
        if (generation.version() < wanted) {
            Generation newer = new Generation(wanted);
            generation = current.compareAndSet(generation, newer) ? newer : current.get();
        }
        if (generation.version() == wanted) {
            Object kept = generation.parts().get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T part = read.apply(connection);
        if (generation.version() == wanted && version.applyAsLong(state(connection)) == wanted) {
            generation.keep(key, part);
        }
        return part;
    }

    /** How many parts are kept (tests). */
    int size() {
        return current.get().parts().size();
    }
}
