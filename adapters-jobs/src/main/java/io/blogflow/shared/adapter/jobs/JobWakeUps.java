package io.blogflow.shared.adapter.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Listens on one dedicated connection for {@code NOTIFY blogflow_jobs}, sent by enqueues of due jobs and delivered
 * when they commit, and makes this instance's workers look for due jobs at once: the time from commit to start is
 * milliseconds on every instance, not a polling interval. Without a signal it wakes them every poll interval anyway
 * (retries and scheduled jobs come due without one). This real-time tick, not db-scheduler's own wait, paces polling:
 * that wait is measured on the application clock, which tests move forward and back.
 */
final class JobWakeUps implements Runnable {

    static final String CHANNEL = "blogflow_jobs";
    private static final Logger LOG = Logger.getLogger(JobWakeUps.class);

    private final DataSource dataSource;
    private final Runnable wakeUp;
    private final Duration pollInterval;
    private volatile boolean running = true;
    private Thread thread;

    JobWakeUps(DataSource dataSource, Runnable wakeUp, Duration pollInterval) {
        this.dataSource = dataSource;
        this.wakeUp = wakeUp;
        this.pollInterval = pollInterval;
    }

    synchronized void start() {
        thread = new Thread(this, "job-wake-ups");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    postgres.getNotifications((int) Math.max(1, pollInterval.toMillis()));
                    wakeUp.run();
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Lost the job wake-up signal (%s); polling only until listening again", e.getMessage());
                    pause();
                    wakeUp.run();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
