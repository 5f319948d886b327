package io.blogflow.shared.adapter.persistence;

import io.blogflow.shared.application.port.out.SignalChannels;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * {@link SignalChannels} over PostgreSQL's LISTEN/NOTIFY: {@link #send} queues {@code NOTIFY <channel>, '<payload>'}
 * in the current transaction, and one dedicated connection per instance listens on every subscribed channel. A lost
 * connection is opened again after the reconnect delay; every subscriber hears {@code mayHaveMissedSignals} when its
 * channel's listening begins, and {@code stoppedListening} when it stops. Used by the job queue's wake-ups, the public content cache, the
 * session check cache and the notification streams.
 */
public final class PostgresSignalChannels implements SignalChannels, Runnable {

    private static final Logger LOG = Logger.getLogger(PostgresSignalChannels.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** The longest wait for a signal: a channel subscribed meanwhile is listened to within it. */
    private static final long MAX_WAIT_MILLIS = 500;
    /** A wait for notifications is not interruptible: it ends within {@link #MAX_WAIT_MILLIS}. */
    private static final long STOP_WAIT_MILLIS = 4 * MAX_WAIT_MILLIS;

    private final DataSource dataSource;
    private final Duration reconnectDelay;
    private final List<Listening> subscriptions = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile int backendPid;
    private Thread thread;

    public PostgresSignalChannels(DataSource dataSource, Duration reconnectDelay) {
        this.dataSource = dataSource;
        this.reconnectDelay = reconnectDelay;
    }

    /** Queues a signal in the caller's transaction; PostgreSQL delivers it at commit (payloads below 8,000 bytes). */
    public static void send(EntityManager entityManager, String channel, String payload) {
        // pg_notify returns void, which no result mapping reads: count the one row instead.
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_notify(:channel, :payload)) signal")
                .setParameter("channel", checked(channel)).setParameter("payload", payload).getSingleResult();
    }

    @Override
    public Subscription subscribe(String channel, Duration idleTick, Subscriber subscriber) {
        Listening listening = new Listening(checked(channel), idleTick, subscriber);
        subscriptions.add(listening);
        return () -> subscriptions.remove(listening);
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this, "signal-channels");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Stops listening and waits (bounded) for the listening thread to give its connection back: the pool closes its
     * connections when the application stops, and a connection still held then was logged as a warning at every stop.
     */
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The PostgreSQL backend process of the listening connection (0 while not listening), for operators and tests. */
    public int backendPid() {
        return backendPid;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try {
                    backendPid = connection.unwrap(PGConnection.class).getBackendPID();
                    listen(connection);
                } catch (SQLException | RuntimeException e) {
                    discard(connection);
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                subscriptions.forEach(Listening::stopped);
                if (running) {
                    LOG.warnf("Lost the signal channels (%s); listening again in %s", e.getMessage(), reconnectDelay);
                    pause();
                    long now = System.nanoTime(); // idle ticks go on while deaf: they are what catches up
                    subscriptions.forEach(listening -> listening.idleIfDue(now));
                }
            }
        }
        backendPid = 0;
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        Set<String> channels = new HashSet<>();
        while (running) {
            follow(connection, channels);
            long now = System.nanoTime();
            long wait = subscriptions.stream().mapToLong(listening -> listening.millisToIdle(now))
                    .reduce(MAX_WAIT_MILLIS, Math::min);
            PGNotification[] notifications = postgres.getNotifications((int) Math.max(1, wait));
            deliver(notifications == null ? new PGNotification[0] : notifications);
        }
    }

    /** LISTENs to channels subscribed since, UNLISTENs from those nobody follows any more. */
    private void follow(Connection connection, Set<String> channels) throws SQLException {
        Set<String> wanted = new HashSet<>();
        subscriptions.forEach(listening -> wanted.add(listening.channel));
        if (!wanted.equals(channels)) {
            try (Statement statement = connection.createStatement()) {
                for (String channel : wanted) {
                    if (channels.add(channel)) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                for (String channel : List.copyOf(channels)) {
                    if (!wanted.contains(channel)) {
                        statement.execute("UNLISTEN " + channel);
                        channels.remove(channel);
                    }
                }
            }
        }
        subscriptions.forEach(Listening::began);
    }

    private void deliver(PGNotification[] notifications) {
        Map<String, List<String>> byChannel = new LinkedHashMap<>();
        Arrays.stream(notifications).forEach(notification -> byChannel
                .computeIfAbsent(notification.getName(), name -> new ArrayList<>()).add(notification.getParameter()));
        long now = System.nanoTime();
        for (Listening listening : subscriptions) {
            List<String> payloads = byChannel.get(listening.channel);
            if (payloads != null) {
                listening.signalled(payloads, now);
            } else {
                listening.idleIfDue(now);
            }
        }
    }

    /**
     * The pool must not hand a broken connection out again. The failure happened on the driver's own connection,
     * which the pool did not see: one statement through the pool's wrapper lets the pool see it (a connection error
     * is fatal to PostgreSQL's exception sorter, and the pool destroys the connection instead of taking it back).
     */
    private static void discard(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException | RuntimeException broken) {
            LOG.debugf("The listening connection is broken: %s", broken.getMessage());
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
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        return channel;
    }

    /** One subscription, as the listening thread keeps it: whether it is heard yet and when it is idle next. */
    private static final class Listening {

        private final String channel;
        private final long idleNanos;
        private final Subscriber subscriber;
        private boolean heard;
        private long idleAt;

        Listening(String channel, Duration idleTick, Subscriber subscriber) {
            this.channel = channel;
            this.idleNanos = idleTick == null || idleTick.isZero() || idleTick.isNegative() ? 0 : idleTick.toNanos();
            this.subscriber = subscriber;
        }

        /** Its channel is listened to: if it just began, signals before now were missed. */
        void began() {
            if (!heard) {
                heard = true;
                idleAt = System.nanoTime() + idleNanos;
                call(subscriber::mayHaveMissedSignals, "catching up on");
            }
        }

        void stopped() {
            if (heard) {
                heard = false;
                call(subscriber::stoppedListening, "catching up on");
            }
        }

        long millisToIdle(long now) {
            return idleNanos == 0 ? Long.MAX_VALUE : Math.max(0, (idleAt - now) / 1_000_000);
        }

        void signalled(List<String> payloads, long now) {
            if (!heard) {
                return; // subscribed a moment ago on a channel already listened to: it catches up when it begins
            }
            idleAt = now + idleNanos;
            call(() -> subscriber.signalled(payloads), "handling");
        }

        void idleIfDue(long now) {
            if (idleNanos != 0 && now - idleAt >= 0) {
                idleAt = now + idleNanos;
                call(subscriber::idle, "the idle tick of");
            }
        }

        private void call(Runnable handler, String what) {
            try {
                handler.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Failed %s a %s signal", what, channel);
            }
        }
    }
}
