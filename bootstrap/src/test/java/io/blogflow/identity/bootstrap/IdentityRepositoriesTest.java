package io.blogflow.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.identity.application.port.out.ApiTokenRepository;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.ClientInfo;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.EmailTaken;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.blogflow.identity.domain.UserPreferences;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The identity ports' contracts against the real PostgreSQL: users, sessions with refresh tokens, API tokens. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IdentityRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00.123456Z");

    @Inject
    UserRepository users;

    @Inject
    SessionRepository sessions;

    @Inject
    ApiTokenRepository apiTokens;

    @Inject
    Transactions transactions;

    @Test
    void aUserWithProfileAndPreferencesReadsBackEqualAndIsFoundByEmailInAnyCase() {
        User user = newUser();
        user.updateProfile(new AuthorProfile("Bio", "https://img.example/a.png", null, List.of("tea", "java")), NOW);
        user.updatePreferences(new UserPreferences("Europe/Paris", LocalTime.of(9, 30), "warm", true, false, true),
                NOW);

        transactions.inTransaction(() -> users.add(user));

        User loaded = transactions.inTransaction(() -> users.findByEmail(new Email(user.email().value().toUpperCase())))
                .orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(user);
    }

    @Test
    void theDatabaseRefusesASecondAccountWithTheSameEmail() {
        User user = newUser();
        transactions.inTransaction(() -> users.add(user));

        assertThatThrownBy(() -> transactions.inTransaction(() -> users.add(User.register(new UserId(UUID.randomUUID()),
                new PersonName("Twin"), user.email(), "hash", Role.AUTHOR, NOW)))).isInstanceOf(EmailTaken.class);
    }

    @Test
    void sessionsAndTheirRefreshTokensRoundTrip() {
        User user = newUser();
        transactions.inTransaction(() -> users.add(user));
        Session session = Session.start(new SessionId(UUID.randomUUID()), user.id(), new ClientInfo("10.0.0.1", "ua"),
                NOW, Duration.ofDays(30));
        var token = new RefreshTokenRecord("a".repeat(64), session.id(), NOW, null);

        transactions.inTransaction(() -> {
            sessions.add(session);
            sessions.addRefreshToken(token);
        });
        transactions.inTransaction(() -> sessions.updateRefreshToken(token.rotated(NOW.plusSeconds(5))));

        assertThat(transactions.inTransaction(() -> sessions.findRefreshTokenForUpdate("a".repeat(64))))
                .contains(token.rotated(NOW.plusSeconds(5)));
        assertThat(transactions.inTransaction(() -> sessions.findActiveByUser(user.id(), NOW)))
                .extracting(Session::id).containsExactly(session.id());
        session.revoke(NOW.plusSeconds(10), "logout");
        transactions.inTransaction(() -> sessions.update(session));
        assertThat(transactions.inTransaction(() -> sessions.findActiveByUser(user.id(), NOW.plusSeconds(11))))
                .isEmpty();
        assertThat(transactions.inTransaction(() -> sessions.findByUser(user.id()))).singleElement()
                .satisfies(s -> assertThat(s.revokeReason()).isEqualTo("logout"));
    }

    @Test
    void apiTokensAreFoundByTheirHashOnly() {
        User user = newUser();
        transactions.inTransaction(() -> users.add(user));
        String secret = "bf_" + "x".repeat(43);
        ApiToken token = ApiToken.issue(UUID.randomUUID(), user, "ci", Set.of("posts:read"), null, secret,
                "b".repeat(64), NOW);

        transactions.inTransaction(() -> apiTokens.add(token));

        assertThat(transactions.inTransaction(() -> apiTokens.findBySecretHash("b".repeat(64)))).get()
                .usingRecursiveComparison().isEqualTo(token);
        assertThat(apiTokens.findBySecretHash("c".repeat(64))).isEmpty();
        assertThat(apiTokens.findByOwner(user.id())).hasSize(1);
    }

    private static User newUser() {
        return User.register(new UserId(UUID.randomUUID()), new PersonName("Repo Test"),
                new Email("repo-" + UUID.randomUUID() + "@Example.com"), "hash", Role.AUTHOR, NOW);
    }
}
