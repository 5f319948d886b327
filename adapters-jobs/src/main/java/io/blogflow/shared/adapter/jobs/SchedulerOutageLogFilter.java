package io.blogflow.shared.adapter.jobs;

import io.quarkus.logging.LoggingFilter;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * While PostgreSQL is down, db-scheduler's polling loop fails every few seconds and logs each failure as an ERROR
 * with a full stack trace. An unreachable database is an outage the service rides out (requests answer 503 and the
 * loop recovers by itself), not a fault: such a record becomes one WARN line naming the cause, without the trace.
 * Every other db-scheduler error is left as it is. Installed on the console handler ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = SchedulerOutageLogFilter.NAME)
public final class SchedulerOutageLogFilter implements Filter {

    public static final String NAME = "db-scheduler-outage";
    static final String SCHEDULER_LOGGERS = "com.github.kagkarlsson.scheduler";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() < Level.SEVERE.intValue() || record.getLoggerName() == null
                || !record.getLoggerName().startsWith(SCHEDULER_LOGGERS)) {
            return true;
        }
        unreachableDatabase(record.getThrown()).ifPresent(cause -> {
            String line = "Job scheduler: the database cannot be reached (" + cause + "); "
                    + "it keeps polling and resumes when the database is back";
            record.setLevel(org.jboss.logmanager.Level.WARN); // printed WARN, like every other warning here
            record.setThrown(null);
            record.setParameters(null);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(line, ExtLogRecord.FormatStyle.NO_FORMAT); // the cause's text is not a pattern
            } else {
                record.setMessage(line);
            }
        });
        return true;
    }

    /** The message of the refused or lost connection in the failure's causes, if that is what the failure is. */
    static Optional<String> unreachableDatabase(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof ConnectException) {
                return Optional.of(String.valueOf(cause.getMessage()));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return Optional.of(String.valueOf(sql.getMessage()));
            }
        }
        return Optional.empty();
    }
}
