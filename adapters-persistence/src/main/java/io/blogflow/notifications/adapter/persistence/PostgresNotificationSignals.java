package io.blogflow.notifications.adapter.persistence;

import io.blogflow.notifications.application.port.out.NotificationSignals;
import io.blogflow.shared.adapter.persistence.PostgresChannelListener;
import io.blogflow.shared.domain.UserId;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Signals over PostgreSQL: {@code NOTIFY blogflow_notifications, '<user id>'} in the storing transaction (delivered at
 * commit, to every instance), and one listening connection per instance, opened with the first subscriber, that calls
 * the subscribers of the signalled person.
 */
public final class PostgresNotificationSignals implements NotificationSignals, PostgresChannelListener.Handler {

    private static final Logger LOG = Logger.getLogger(PostgresNotificationSignals.class);
    static final String CHANNEL = "blogflow_notifications";

    private final EntityManager entityManager;
    private final PostgresChannelListener listener;
    private final Map<UserId, Set<Runnable>> subscribers = new ConcurrentHashMap<>();

    public PostgresNotificationSignals(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.listener = new PostgresChannelListener(dataSource, CHANNEL, this, Duration.ofSeconds(1));
    }

    @Override
    public void signal(UserId recipient) {
        PostgresChannelListener.send(entityManager, CHANNEL, recipient.value().toString());
    }

    @Override
    public AutoCloseable subscribe(UserId recipient, Runnable onSignal) {
        listener.start();
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
        listener.stop();
    }

    @Override
    public void signalled(List<String> payloads) {
        for (String payload : payloads) {
            UserId.parse(payload).map(subscribers::get).ifPresent(this::call);
        }
    }

    /** While not listening, signals may have been missed: every subscriber catches up. */
    @Override
    public void mayHaveMissedSignals() {
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
