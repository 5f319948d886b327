package io.blogflow.shared.adapter.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * A failure that is the database's state, not the request's: the connection pool is saturated (Agroal's acquisition
 * timeout), a statement ran past its timeout, or PostgreSQL cannot be reached (connection refused or lost, shutting
 * down). Each is answered 503 with Retry-After, never 500. Recognised by the SQL exception somewhere in the cause
 * chain (Hibernate and the transaction manager wrap it), by SQLState where the driver sets one.
 */
public record DatabaseTrouble(String code, String detail, long retryAfterSeconds) {

    static final DatabaseTrouble BUSY = new DatabaseTrouble("database-busy",
            "The service is busy: no database connection came free in time. Retry after the delay in Retry-After.", 2);
    static final DatabaseTrouble QUERY_TIMEOUT = new DatabaseTrouble("query-timeout",
            "The query took longer than this service allows and was cancelled. Retry after the delay in Retry-After.",
            2);
    static final DatabaseTrouble UNAVAILABLE = new DatabaseTrouble("database-unavailable",
            "The database cannot be reached at the moment. Retry after the delay in Retry-After.", 5);

    /** Agroal's message when no connection came free within the acquisition timeout (a plain SQLException). */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    /** The trouble behind a failure, if the failure is one of these; empty for every other failure. */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            Optional<DatabaseTrouble> trouble = classify(cause);
            if (trouble.isPresent()) {
                return trouble;
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseTrouble> classify(Throwable cause) {
        if (cause instanceof ConnectException) {
            return Optional.of(UNAVAILABLE);
        }
        if (!(cause instanceof SQLException sql)) {
            return Optional.empty();
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        if (state.equals("57014") || cause instanceof SQLTimeoutException) {
            return Optional.of(QUERY_TIMEOUT); // query_canceled: statement_timeout (or an operator's cancel)
        }
        if (message.contains(ACQUISITION_TIMEOUT) || state.equals("53300")
                || cause instanceof SQLTransientConnectionException) {
            return Optional.of(BUSY); // the pool's wait ran out, or too_many_connections on the server
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return Optional.of(UNAVAILABLE); // connection_exception class; admin/crash shutdown; cannot connect now
        }
        return Optional.empty();
    }
}
