package io.blogflow.shared.adapter.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One PostgreSQL channel, heard by every instance: {@link #send} queues {@code NOTIFY <channel>, '<payload>'} in the
 * current transaction (delivered at commit, to every listening connection, this instance's included; nothing on
 * rollback), and a listener holds one dedicated connection per instance that hands each batch of payloads to its
 * {@link Handler}. Whenever signals may have been missed (listening just began, or the connection was lost) the
 * handler hears that too, so it can drop whatever it would otherwise keep stale. Used by the public content cache,
 * the session check cache and the notification streams.
 */
public final class PostgresChannelListener implements Runnable {

    /** What the listening instance does with the signals. Called on the listener's own thread. */
    public interface Handler {

        /** Signals arrived, with their payloads in commit order. */
        void signalled(List<String> payloads);

        /** Signals may have been missed (listening just began, or stopped): whatever depends on them is suspect. */
        void mayHaveMissedSignals();
    }

    private static final Logger LOG = Logger.getLogger(PostgresChannelListener.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int WAIT_MILLIS = 10_000;

    private final DataSource dataSource;
    private final String channel;
    private final Handler handler;
    private final Duration reconnectDelay;
    private volatile boolean running = true;
    private Thread thread;

    public PostgresChannelListener(DataSource dataSource, String channel, Handler handler, Duration reconnectDelay) {
        this.dataSource = dataSource;
        this.channel = checked(channel);
        this.handler = handler;
        this.reconnectDelay = reconnectDelay;
    }

    /** Queues a signal in the caller's transaction; PostgreSQL delivers it at commit (payloads below 8,000 bytes). */
    public static void send(EntityManager entityManager, String channel, String payload) {
        // pg_notify returns void, which no result mapping reads: count the one row instead.
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_notify(:channel, :payload)) signal")
                .setParameter("channel", checked(channel)).setParameter("payload", payload).getSingleResult();
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this, "listen-" + channel);
            thread.setDaemon(true);
            thread.start();
        }
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
            } catch (SQLException | RuntimeException e) {
                missed();
                if (running) {
                    LOG.warnf("Lost the %s signal (%s); listening again in %s", channel, e.getMessage(),
                            reconnectDelay);
                    pause();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
        missed();
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                List<String> payloads = Arrays.stream(notifications).map(PGNotification::getParameter).toList();
                try {
                    handler.signalled(payloads);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "A %s signal could not be handled", channel);
                }
            }
        }
    }

    private void missed() {
        try {
            handler.mayHaveMissedSignals();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Catching up on missed %s signals failed", channel);
        }
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        return channel;
    }
}
