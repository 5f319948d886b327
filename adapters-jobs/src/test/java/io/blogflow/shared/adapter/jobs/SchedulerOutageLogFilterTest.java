package io.blogflow.shared.adapter.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class SchedulerOutageLogFilterTest {

    private final SchedulerOutageLogFilter filter = new SchedulerOutageLogFilter();

    @Test
    void aPollingFailureBecauseTheDatabaseRefusesConnectionsIsOneWarnLineWithoutTrace() {
        // What db-scheduler's polling loop logs every few seconds while PostgreSQL is down.
        ExtLogRecord record = schedulerError("Unhandled exception. Will keep running.", new RuntimeException(
                "Unable to open connection", new SQLException("Connection to localhost:5432 refused.", "08001",
                        new ConnectException("Connection refused"))));

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getLevel()).isEqualTo(org.jboss.logmanager.Level.WARN);
        assertThat(record.getThrown()).isNull();
        assertThat(record.getFormattedMessage()).contains("database cannot be reached")
                .contains("Connection to localhost:5432 refused.").doesNotContain("\n");
    }

    @Test
    void aLostConnectionCountsAsAnOutageToo() {
        ExtLogRecord record = schedulerError("Failed while fetching due executions.",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        filter.isLoggable(record);

        assertThat(record.getLevel()).isEqualTo(org.jboss.logmanager.Level.WARN);
        assertThat(record.getThrown()).isNull();
    }

    @Test
    void anyOtherSchedulerErrorKeepsItsLevelAndStackTrace() {
        IllegalStateException bug = new IllegalStateException("a bug", new SQLException("syntax", "42601"));
        ExtLogRecord record = schedulerError("Unhandled exception. Will keep running.", bug);

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(record.getThrown()).isSameAs(bug);
    }

    @Test
    void otherLoggersAreLeftAlone() {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "refused", "test");
        record.setLoggerName("io.blogflow.something");
        record.setThrown(new ConnectException("Connection refused"));

        filter.isLoggable(record);

        assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(record.getThrown()).isNotNull();
    }

    private static ExtLogRecord schedulerError(String message, Throwable thrown) {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, message, "test");
        record.setLoggerName("com.github.kagkarlsson.scheduler.RunUntilShutdown");
        record.setThrown(thrown);
        return record;
    }
}
