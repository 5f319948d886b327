package io.blogflow.analytics.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parts of dashboard answers read from the rollups (which days, hours and prefixes are rolled, and their
 * figures), kept in this instance while the rollups are unchanged: only today's raw tail and other raw ranges are
 * read per request. The rollups' state is the sum of {@code analytics_rollup_changes.changes}, raised in the same
 * transaction by every write to a rollup table (a re-roll for late events, another instance's roll, a hand-made
 * fix), so a part is used only with the state it was read in: exact with several instances.
 */
final class RolledParts {

    /**
     * Rows kept per state at most (a part weighs one plus its rows): a dashboard's reads over a few periods,
     * filters and dimensions, without holding every value of a large site's every breakdown.
     */
    static final long CAPACITY = 200_000;

    private static final String STATE = "SELECT coalesce(sum(changes), 0) FROM analytics_rollup_changes";

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1));

    @FunctionalInterface
    interface Read<T extends Weighed> {
        T apply(Connection connection) throws SQLException;
    }

    /** A part, weighing one plus the rows it holds. */
    interface Weighed {
        int rows();
    }

    /** The parts read in one state of the rollups, and their weight. */
    private record Generation(long state, Map<Object, Object> parts, AtomicLong weight) {

        Generation(long state) {
            this(state, new ConcurrentHashMap<>(), new AtomicLong());
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

    /**
     * The rollups' state, after running {@code before} (settings for the reads that follow) in the same round trip.
     */
    static long state(Connection connection, String before) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean rows = statement.execute(before + ";" + STATE);
            while (!rows) {
                rows = statement.getMoreResults();
            }
            try (ResultSet result = statement.getResultSet()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long state(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(STATE)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The part under {@code key} as read in {@code state} (the rollups' state read before): kept, or read and kept
     * when the state has not moved while it was read (a part read across a roll's commit is not kept).
     */
    @SuppressWarnings("unchecked")
    <T extends Weighed> T get(Connection connection, long state, Object key, Read<T> read) throws SQLException {
        Generation generation = current.get();
        if (generation.state() < state) {
            Generation newer = new Generation(state);
            generation = current.compareAndSet(generation, newer) ? newer : current.get();
        }
        if (generation.state() == state) {
            Object kept = generation.parts().get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T part = read.apply(connection);
        if (generation.state() == state && state(connection) == state) {
            generation.keep(key, part);
        }
        return part;
    }

    /** How many parts are kept (tests). */
    int size() {
        return current.get().parts().size();
    }
}
