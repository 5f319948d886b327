package io.blogflow.notifications.adapter.persistence;

import io.blogflow.notifications.application.port.out.NotificationSignals;
import io.blogflow.shared.domain.UserId;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Signals over PostgreSQL: {@code NOTIFY blogflow_notifications, '<user id>'} in the storing transaction (delivered at
 * commit, to every instance), and one listening connection per instance, opened with the first subscriber, that calls
 * the subscribers of the signalled person.
 */
public final class PostgresNotificationSignals implements NotificationSignals, Runnable {

    private static final Logger LOG = Logger.getLogger(PostgresNotificationSignals.class);
    static final String CHANNEL = "blogflow_notifications";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Map<UserId, Set<Runnable>> subscribers = new ConcurrentHashMap<>();
    private volatile Thread listener;
    private volatile boolean running = true;

    public PostgresNotificationSignals(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    @Override
    public void signal(UserId recipient) {
        // pg_notify returns void, which no result mapping reads: count the one row instead.
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_notify('" + CHANNEL + "', :user)) signal")
                .setParameter("user", recipient.value().toString()).getSingleResult();
    }

    @Override
    public AutoCloseable subscribe(UserId recipient, Runnable onSignal) {
        startListening();
        subscribers.computeIfAbsent(recipient, id -> new CopyOnWriteArraySet<>()).add(onSignal);
        return () -> subscribers.computeIfPresent(recipient, (id, set) -> {
            set.remove(onSignal);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many subscriptions (open streams) this instance holds for the person. */
    public int subscriberCount(UserId recipient) {
        Set<Runnable> listeners = subscribers.get(recipient);
        return listeners == null ? 0 : listeners.size();
    }

    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private synchronized void startListening() {
        if (listener == null) {
            listener = new Thread(this, "notification-signals");
            listener.setDaemon(true);
            listener.start();
        }
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                everyone();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] signals = postgres.getNotifications(10_000);
                    if (signals != null) {
                        for (PGNotification signal : signals) {
                            UserId.parse(signal.getParameter()).map(subscribers::get).ifPresent(this::call);
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Lost the notification signal (%s); listening again in 1 s", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    /** While not listening, signals may have been missed: every subscriber catches up. */
    private void everyone() {
        subscribers.values().forEach(this::call);
    }

    private void call(Set<Runnable> listeners) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.debugf(e, "A notification subscriber failed");
            }
        }
    }
}
