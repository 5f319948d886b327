package io.blogflow.notifications.adapter.persistence;

import io.blogflow.notifications.application.port.out.NotificationSignals;
import io.blogflow.shared.adapter.persistence.PostgresSignalChannels;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.blogflow.shared.domain.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.jboss.logging.Logger;

/**
 * Signals over PostgreSQL: {@code NOTIFY blogflow_notifications, '<user id>'} in the storing transaction (delivered at
 * commit, to every instance), heard through the instance's signal channels from the first subscriber on, which call
 * the subscribers of the signalled person.
 */
public final class PostgresNotificationSignals implements NotificationSignals, SignalChannels.Subscriber {

    private static final Logger LOG = Logger.getLogger(PostgresNotificationSignals.class);
    static final String CHANNEL = "blogflow_notifications";

    private final EntityManager entityManager;
    private final SignalChannels channels;
    private SignalChannels.Subscription listening;
    private final Map<UserId, Set<Runnable>> subscribers = new ConcurrentHashMap<>();

    public PostgresNotificationSignals(EntityManager entityManager, SignalChannels channels) {
        this.entityManager = entityManager;
        this.channels = channels;
    }

    @Override
    public void signal(UserId recipient) {
        PostgresSignalChannels.send(entityManager, CHANNEL, recipient.value().toString());
    }

    @Override
    public AutoCloseable subscribe(UserId recipient, Runnable onSignal) {
        listen();
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

    private synchronized void listen() {
        if (listening == null) {
            listening = channels.subscribe(CHANNEL, null, this);
        }
    }

    public synchronized void stop() {
        if (listening != null) {
            listening.cancel();
            listening = null;
        }
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
