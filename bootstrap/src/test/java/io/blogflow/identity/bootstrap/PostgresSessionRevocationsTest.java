package io.blogflow.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.blogflow.identity.adapter.persistence.PostgresSessionRevocations;
import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.adapter.persistence.PostgresSignalChannels;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A revocation made by this application reaches the session cache of another instance (a second listener on the
 * same database, with a cache of its own) at commit, and not at all when the revoking transaction rolls back.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresSessionRevocationsTest {

    @Inject
    SessionRevocations revocations;

    @Inject
    Transactions transactions;

    @Inject
    javax.sql.DataSource dataSource;

    private final OtherInstanceCache other = new OtherInstanceCache();
    private PostgresSignalChannels listener;

    @BeforeEach
    void anotherInstanceListens() {
        listener = new PostgresSignalChannels(dataSource, Duration.ofMillis(100));
        listener.subscribe(PostgresSessionRevocations.CHANNEL, null, PostgresSessionRevocations.subscriber(other));
        listener.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> other.catchUps.get() > 0);
    }

    @AfterEach
    void stop() {
        listener.stop();
    }

    @Test
    void aRevocationEvictsTheSessionOnTheOtherInstance() {
        SessionId first = new SessionId(UUID.randomUUID());
        SessionId second = new SessionId(UUID.randomUUID());

        transactions.inTransaction(() -> revocations.revoked(List.of(first, second)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(other.evicted).contains(first, second));
    }

    @Test
    void manyRevocationsAtOnceAllArrive() {
        List<SessionId> sessions = IntStream.range(0, 450).mapToObj(i -> new SessionId(UUID.randomUUID())).toList();

        transactions.inTransaction(() -> revocations.revoked(sessions));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(other.evicted).containsAll(sessions));
    }

    @Test
    void aRolledBackRevocationIsNotSignalled() {
        SessionId kept = new SessionId(UUID.randomUUID());
        SessionId revoked = new SessionId(UUID.randomUUID());
        try {
            transactions.inTransaction(() -> {
                revocations.revoked(List.of(kept));
                throw new IllegalStateException("the use case failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        transactions.inTransaction(() -> revocations.revoked(List.of(revoked)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(other.evicted).contains(revoked));
        assertThat(other.evicted).doesNotContain(kept); // signals arrive in commit order: the later one is in
    }

    /** The session cache of another instance: what it was told to forget. */
    private static final class OtherInstanceCache implements SessionRevocations {

        final Set<SessionId> evicted = ConcurrentHashMap.newKeySet();
        final AtomicInteger catchUps = new AtomicInteger();

        @Override
        public void revoked(Collection<SessionId> sessions) {
            evicted.addAll(sessions);
        }

        @Override
        public void mayHaveMissedRevocations() {
            catchUps.incrementAndGet();
        }
    }
}
