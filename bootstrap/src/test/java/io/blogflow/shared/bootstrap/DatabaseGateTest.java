package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.blogflow.shared.adapter.persistence.DatabaseGate;
import io.blogflow.shared.adapter.persistence.PoolListeners;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gate on a real Agroal pool whose PostgreSQL port refuses connections (nothing listens there): the first refused
 * attempt closes it; then requests are refused at once with SQLState 08001, without a connection attempt each, while
 * one probe tries at its interval; a connection opened opens it again; only an unreachable server closes it.
 */
class DatabaseGateTest {

    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
    private AgroalDataSource pool;

    @BeforeEach
    void poolTowardsAClosedPort() throws IOException, SQLException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: connections to it are refused
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/none";
        pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(
                configuration -> configuration.maxSize(4).acquisitionTimeout(Duration.ofSeconds(5))
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(url))));
    }

    @AfterEach
    void close() {
        prober.shutdownNow();
        pool.close();
    }

    @Test
    void aRefusedConnectionClosesTheGateAndRequestsAreThenRefusedWithoutAnAttemptEach() {
        DatabaseGate gate = installed(Duration.ofHours(1));

        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
        assertThat(gate.isOpen()).isFalse();

        long attempts = gate.attempts();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(pool::getConnection).isInstanceOfSatisfying(SQLException.class,
                    refused -> assertThat(refused.getSQLState()).isEqualTo("08001"));
        }
        assertThat(gate.attempts()).as("no connection attempt per request").isEqualTo(attempts);
        assertThat(gate.refusals()).isEqualTo(20);
    }

    @Test
    void whileClosedOneProbeTriesToConnectAtItsInterval() {
        DatabaseGate gate = installed(Duration.ofMillis(20));
        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
        long attemptsBefore = gate.attempts();

        await().atMost(Duration.ofSeconds(30)).until(() -> gate.probes() >= 3 && gate.attempts() > attemptsBefore);

        assertThat(gate.isOpen()).isFalse();
        long attempts = gate.attempts() - attemptsBefore; // read before the probes: each probe counts itself first
        assertThat(attempts).as("at most one attempt per probe").isLessThanOrEqualTo(gate.probes());
    }

    @Test
    void aConnectionOpenedOpensTheGateAndRequestsTryThePoolAgain() {
        DatabaseGate gate = installed(Duration.ofHours(1));
        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);

        gate.onConnectionCreation(null); // what the pool tells its listeners when a connection was opened

        assertThat(gate.isOpen()).isTrue();
        long attempts = gate.attempts();
        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
        assertThat(gate.attempts()).as("the pool is tried again").isGreaterThan(attempts);
    }

    @Test
    void onlyAnUnreachableServerClosesIt() {
        DatabaseGate gate = new DatabaseGate("test", pool, prober, Duration.ofHours(1));

        gate.onConnectionCreationFailure(new SQLException("too many clients already", "53300"));
        gate.onConnectionCreationFailure(new SQLException("password authentication failed", "28P01"));
        assertThat(gate.isOpen()).as("busy or misconfigured, not down").isTrue();

        gate.onConnectionCreationFailure(new SQLException("the database system is shutting down", "57P03"));
        assertThat(gate.isOpen()).isFalse();
    }

    private DatabaseGate installed(Duration probeInterval) {
        DatabaseGate gate = new DatabaseGate("test", pool, prober, probeInterval);
        assertThat(PoolListeners.addFirst("test", pool, gate)).isTrue();
        return gate;
    }
}
