package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.adapter.rest.DatabaseTrouble;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The database failures answered 503, recognised through the wrappers they reach the REST layer in. */
class DatabaseTroubleTest {

    @Test
    void agroalsAcquisitionTimeoutInsideHibernatesWrapperIsBusy() {
        var timeout = new SQLException("Sorry, acquisition timeout!"); // what Agroal throws, no SQLState
        var wrapped = new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection", timeout));

        assertThat(code(wrapped)).contains("database-busy");
        assertThat(DatabaseTrouble.of(wrapped).orElseThrow().retryAfterSeconds()).isPositive();
    }

    @Test
    void aCancelledStatementIsAQueryTimeout() {
        var cancelled = new PSQLException("ERROR: canceling statement due to statement timeout",
                PSQLState.QUERY_CANCELED);

        assertThat(code(new QueryTimeoutException("timed out", cancelled, "SELECT 1"))).contains("query-timeout");
    }

    @Test
    void aRefusedOrLostConnectionIsAnOutage() {
        var refused = new PSQLException("Connection to 127.0.0.1:1 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        var lost = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        var shutdown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(code(new PersistenceException(new JDBCConnectionException("Unable to acquire", refused))))
                .contains("database-unavailable");
        assertThat(code(new RuntimeException(lost))).contains("database-unavailable");
        assertThat(code(shutdown)).contains("database-unavailable");
        assertThat(code(new ConnectException("Connection refused"))).contains("database-unavailable");
    }

    @Test
    void otherFailuresAreNotTheDatabasesState() {
        var unique = new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION);

        assertThat(code(new ConstraintViolationException("dup", unique, "uq_posts_slug"))).isEmpty();
        assertThat(code(new IllegalStateException("bug"))).isEmpty();
    }

    private static Optional<String> code(Throwable failure) {
        return DatabaseTrouble.of(failure).map(DatabaseTrouble::code);
    }
}
