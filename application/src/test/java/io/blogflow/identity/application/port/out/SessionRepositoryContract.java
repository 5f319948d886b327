package io.blogflow.identity.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.identity.domain.ClientInfo;
import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} does; an implementation's test gives it and the accounts sessions are of. */
public abstract class SessionRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00.123456Z");

    protected abstract SessionRepository sessions();

    protected abstract UserId aUser();

    @Test
    void sessionsAndTheirRefreshTokensRoundTrip() {
        UserId user = aUser();
        Session session = Session.start(new SessionId(UUID.randomUUID()), user, new ClientInfo("10.0.0.1", "ua"),
                NOW, Duration.ofDays(30));
        String hash = UUID.randomUUID().toString().replace("-", "").repeat(2);
        var token = new RefreshTokenRecord(hash, session.id(), NOW, null);

        tx(() -> {
            sessions().add(session);
            sessions().addRefreshToken(token);
        });
        tx(() -> sessions().updateRefreshToken(token.rotated(NOW.plusSeconds(5))));

        assertThat(tx(() -> sessions().findRefreshTokenForUpdate(hash))).contains(token.rotated(NOW.plusSeconds(5)));
        assertThat(tx(() -> sessions().findById(session.id())).orElseThrow()).usingRecursiveComparison()
                .isEqualTo(session);
        assertThat(tx(() -> sessions().findActiveByUser(user, NOW))).extracting(Session::id)
                .containsExactly(session.id());
    }

    @Test
    void aRevokedSessionIsNoLongerActiveButStaysInTheUsersHistory() {
        UserId user = aUser();
        Session session = Session.start(new SessionId(UUID.randomUUID()), user, new ClientInfo("10.0.0.1", "ua"),
                NOW, Duration.ofDays(30));
        tx(() -> sessions().add(session));

        session.revoke(NOW.plusSeconds(10), "logout");
        tx(() -> sessions().update(session));

        assertThat(tx(() -> sessions().findActiveByUser(user, NOW.plusSeconds(11)))).isEmpty();
        assertThat(tx(() -> sessions().findByUser(user))).singleElement()
                .satisfies(s -> assertThat(s.revokeReason()).isEqualTo("logout"));
        assertThat(tx(() -> sessions().findRefreshTokenForUpdate("f".repeat(64)))).isEmpty();
    }
}
