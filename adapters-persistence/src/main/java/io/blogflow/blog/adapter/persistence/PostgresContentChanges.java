package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PublicContentCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for PostgreSQL's change signal on published content ({@code NOTIFY blogflow_public_content}, sent by
 * triggers at commit) on one dedicated connection, and empties the public cache whenever it arrives, whichever
 * instance made the change. While not listening (start, lost connection) it empties the cache too: a missed
 * signal must never leave stale answers behind.
 */
public final class PostgresContentChanges implements Runnable {

    private static final Logger LOG = Logger.getLogger(PostgresContentChanges.class);
    private static final String CHANNEL = "blogflow_public_content";
    private static final int WAIT_MILLIS = 10_000;

    private final DataSource dataSource;
    private final PublicContentCache cache;
    private final Duration reconnectDelay;
    private volatile boolean running = true;
    private Thread thread;

    public PostgresContentChanges(DataSource dataSource, PublicContentCache cache, Duration reconnectDelay) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.reconnectDelay = reconnectDelay;
    }

    public synchronized void start() {
        thread = new Thread(this, "public-content-changes");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException e) {
                cache.invalidateAll();
                if (running) {
                    LOG.warnf("Lost the content change signal (%s); listening again in %s", e.getMessage(),
                            reconnectDelay);
                    pause();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        cache.invalidateAll();
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                cache.invalidateAll();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
