package io.blogflow.identity.bootstrap;

import io.blogflow.identity.adapter.persistence.PostgresSessionRevocations;
import io.blogflow.identity.adapter.rest.SessionCheckCache;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.shared.adapter.persistence.PostgresChannelListener;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Session revocations (logout, revoked sessions, password and role changes, deactivation) reach every instance at
 * once: this instance's session check cache forgets them immediately, PostgreSQL's signal tells every instance's
 * cache at commit.
 */
@Singleton
public class SessionRevocationSignals {

    private PostgresChannelListener listener;

    @Produces
    @Singleton
    SessionRevocations sessionRevocations(EntityManager entityManager, SessionCheckCache cache) {
        return new PostgresSessionRevocations(entityManager, cache);
    }

    void listen(@Observes StartupEvent started, DataSource dataSource, SessionCheckCache cache) {
        listener = PostgresSessionRevocations.listener(dataSource, cache, Duration.ofSeconds(1));
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (listener != null) {
            listener.stop();
        }
    }
}
