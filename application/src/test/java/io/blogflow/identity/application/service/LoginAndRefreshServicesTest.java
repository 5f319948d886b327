package io.blogflow.identity.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.identity.application.AuthPolicy;
import io.blogflow.identity.application.port.in.IssuedTokens;
import io.blogflow.identity.application.port.in.LogInUseCase.LogInCommand;
import io.blogflow.identity.domain.ClientInfo;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.InvalidCredentials;
import io.blogflow.identity.domain.IdentityErrors.InvalidRefreshToken;
import io.blogflow.identity.domain.LockoutPolicy;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginAndRefreshServicesTest {

    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.1", "test");

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final AuthPolicy policy = new AuthPolicy(Duration.ofMinutes(10), Duration.ofDays(30),
            Duration.ofSeconds(2), new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofHours(1)));
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private LogInService logIn;
    private RefreshSessionService refresh;

    @BeforeEach
    void services() {
        AuditTrail audit = new AuditTrail(new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
                audited.add(entry);
            }

            @Override
            public Page<AuditEntry> find(Filter filter, PageRequest pageRequest) {
                throw new UnsupportedOperationException();
            }
        }, () -> AuditEntry.Origin.NONE, UUID::randomUUID, clock);
        var issuer = new SessionIssuer(store.sessionRepository, store.accessTokens, store.secrets, UUID::randomUUID,
                policy);
        logIn = new LogInService(store.userRepository, store.hasher, issuer, direct, clock, policy, audit);
        refresh = new RefreshSessionService(store.sessionRepository, store.userRepository, store.secrets, issuer,
                store.revokedNotifications::addAll, direct, clock, policy, audit);
        store.userRepository.add(User.register(new UserId(UUID.randomUUID()), new PersonName("Ada"),
                new Email("ada@example.com"), "hashed:right password", Role.AUTHOR, START));
    }

    @Test
    void aSuccessfulLoginStartsASessionAndStoresOnlyTheRefreshTokensHash() {
        IssuedTokens tokens = logIn.logIn(new LogInCommand("ADA@example.com", "right password", CLIENT));

        assertThat(store.sessions).containsKey(tokens.sessionId());
        assertThat(store.refreshTokens).containsOnlyKeys("h(" + tokens.refreshToken() + ")");
        assertThat(audited).extracting(AuditEntry::action).containsExactly("auth.login.succeeded");
    }

    @Test
    void everyRefusalCostsOneHashVerification() {
        for (String email : new String[] {"nobody@example.com", "not an email", "ada@example.com"}) {
            int before = store.hashChecks.get();
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand(email, "wrong", CLIENT)))
                    .isInstanceOf(InvalidCredentials.class);
            assertThat(store.hashChecks.get() - before).as(email).isEqualTo(1);
        }
    }

    @Test
    void theThresholdOfFailuresLocksTheAccountAgainstEvenTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand("ada@example.com", "wrong", CLIENT)))
                    .isInstanceOf(InvalidCredentials.class);
        }

        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("ada@example.com", "right password", CLIENT)))
                .isInstanceOf(InvalidCredentials.class);
        assertThat(audited).extracting(AuditEntry::action).contains("user.locked");
        now = START.plus(Duration.ofMinutes(16));
        assertThat(logIn.logIn(new LogInCommand("ada@example.com", "right password", CLIENT))).isNotNull();
    }

    @Test
    void aRefreshRotatesAndAReplayAfterTheGraceWindowRevokesTheSession() {
        IssuedTokens first = logIn.logIn(new LogInCommand("ada@example.com", "right password", CLIENT));

        IssuedTokens second = refresh.refresh(first.refreshToken());
        now = now.plusSeconds(1);
        IssuedTokens concurrent = refresh.refresh(first.refreshToken());
        now = now.plusSeconds(5);

        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(concurrent.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThatThrownBy(() -> refresh.refresh(first.refreshToken())).isInstanceOf(InvalidRefreshToken.class);
        assertThat(store.sessions.get(first.sessionId()).revokeReason()).isEqualTo("refresh-token-reuse");
        assertThat(store.revokedNotifications).containsExactly(first.sessionId());
        assertThatThrownBy(() -> refresh.refresh(second.refreshToken())).isInstanceOf(InvalidRefreshToken.class);
    }

    @Test
    void unknownAndExpiredRefreshTokensAreRefused() {
        IssuedTokens tokens = logIn.logIn(new LogInCommand("ada@example.com", "right password", CLIENT));

        assertThatThrownBy(() -> refresh.refresh("made up")).isInstanceOf(InvalidRefreshToken.class);
        assertThatThrownBy(() -> refresh.refresh(" ")).isInstanceOf(InvalidRefreshToken.class);
        now = START.plus(Duration.ofDays(31));
        assertThatThrownBy(() -> refresh.refresh(tokens.refreshToken())).isInstanceOf(InvalidRefreshToken.class);
    }
}
