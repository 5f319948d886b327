package io.blogflow.shared.bootstrap;

import io.blogflow.shared.adapter.persistence.PostgresSignalChannels;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The instance's one listening connection for signals between instances (job wake-ups, public cache, session
 * revocations, notification streams): listening from start to shutdown, reconnecting a second after a loss.
 */
@Singleton
public class SignalChannelProducers {

    @Produces
    @Singleton
    @Typed(PostgresSignalChannels.class)
    PostgresSignalChannels postgresSignalChannels(DataSource dataSource) {
        return new PostgresSignalChannels(dataSource, Duration.ofSeconds(1));
    }

    @Produces
    @Singleton
    SignalChannels signalChannels(PostgresSignalChannels channels) {
        return channels;
    }

    void start(@Observes StartupEvent started, PostgresSignalChannels channels) {
        channels.start();
    }

    void stop(@Observes ShutdownEvent stopping, PostgresSignalChannels channels) {
        channels.stop();
    }
}
