package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.blogflow.shared.adapter.persistence.PostgresSignalChannels;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One listening connection serves every channel against the real database: a signal reaches its channel's
 * subscribers only, after commit; an idle subscriber is ticked; a connection killed by the server is opened again,
 * subscribers are told they may have missed signals, and signals arrive again.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresSignalChannelsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    DataSource dataSource;

    private PostgresSignalChannels channels;
    private final Recording red = new Recording();
    private final Recording blue = new Recording();

    @BeforeEach
    void listen() {
        channels = new PostgresSignalChannels(dataSource, Duration.ofMillis(50));
        channels.subscribe("test_red", null, red);
        channels.subscribe("test_blue", null, blue);
        channels.start();
        await().atMost(PATIENCE).until(() -> red.missed.get() == 1 && blue.missed.get() == 1);
    }

    @AfterEach
    void stop() {
        channels.stop();
    }

    @Test
    void stoppingReturnsOnceTheListeningConnectionIsGivenBack() {
        await().atMost(PATIENCE).until(() -> channels.backendPid() != 0);

        channels.stop();

        assertThat(channels.backendPid()).isZero();
    }

    @Test
    void aSignalReachesTheSubscribersOfItsChannelOnly() throws SQLException {
        notify("test_red", "one");
        notify("test_red", "two");
        notify("test_blue", "three");

        await().atMost(PATIENCE).until(() -> red.payloads.size() == 2 && blue.payloads.size() == 1);
        assertThat(red.payloads).containsExactly("one", "two");
        assertThat(blue.payloads).containsExactly("three");
    }

    @Test
    void aSubscriptionMadeWhileListeningIsHeardAndACancelledOneIsNot() throws SQLException {
        Recording late = new Recording();
        SignalChannels.Subscription subscription = channels.subscribe("test_late", null, late);
        await().atMost(PATIENCE).until(() -> late.missed.get() == 1);

        notify("test_late", "heard");
        await().atMost(PATIENCE).until(() -> late.payloads.contains("heard"));

        subscription.cancel();
        notify("test_late", "unheard");
        notify("test_red", "after"); // signals arrive in commit order: once this one is in, the other was not heard
        await().atMost(PATIENCE).until(() -> red.payloads.contains("after"));
        assertThat(late.payloads).containsExactly("heard");
    }

    @Test
    void anIdleSubscriberIsTicked() {
        Recording idle = new Recording();
        channels.subscribe("test_idle", Duration.ofMillis(20), idle);

        await().atMost(PATIENCE).until(() -> idle.ticks.get() >= 3);
        assertThat(idle.payloads).isEmpty();
    }

    @Test
    void aKilledConnectionIsOpenedAgainAndSignalsArriveAgain() throws SQLException {
        int killed = channels.backendPid();
        assertThat(killed).isPositive();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + killed + ")");
        }

        // lost (missed once more), then listening again (and once more)
        await().atMost(PATIENCE).until(() -> red.missed.get() >= 3 && blue.missed.get() >= 3
                && channels.backendPid() != 0 && channels.backendPid() != killed);
        notify("test_red", "again");
        await().atMost(PATIENCE).until(() -> red.payloads.contains("again"));
    }

    private void notify(String channel, String payload) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY " + channel + ", '" + payload + "'");
        }
    }

    /** What one subscriber heard. */
    private static final class Recording implements SignalChannels.Subscriber {

        final List<String> payloads = new CopyOnWriteArrayList<>();
        final AtomicInteger missed = new AtomicInteger();
        final AtomicInteger ticks = new AtomicInteger();

        @Override
        public void signalled(List<String> signals) {
            payloads.addAll(signals);
        }

        @Override
        public void mayHaveMissedSignals() {
            missed.incrementAndGet();
        }

        @Override
        public void idle() {
            ticks.incrementAndGet();
        }
    }
}
