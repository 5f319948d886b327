package io.blogflow.identity.bootstrap;

import io.blogflow.identity.adapter.persistence.PostgresSessionRevocations;
import io.blogflow.identity.adapter.rest.SessionCheckCache;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * Session revocations (logout, revoked sessions, password and role changes, deactivation) reach every instance at
 * once: this instance's session check cache forgets them immediately, PostgreSQL's signal tells every instance's
 * cache at commit.
 */
@Singleton
public class SessionRevocationSignals {

    private SignalChannels.Subscription listening;

    @Produces
    @Singleton
    SessionRevocations sessionRevocations(EntityManager entityManager, SessionCheckCache cache) {
        return new PostgresSessionRevocations(entityManager, cache);
    }

    void listen(@Observes StartupEvent started, SignalChannels signals, SessionCheckCache cache) {
        listening = signals.subscribe(PostgresSessionRevocations.CHANNEL, null,
                PostgresSessionRevocations.subscriber(cache));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (listening != null) {
            listening.cancel();
        }
    }
}
