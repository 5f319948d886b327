package io.blogflow.identity.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.identity.application.AuthPolicy;
import io.blogflow.identity.application.port.in.IssuedTokens;
import io.blogflow.identity.application.port.in.LogInUseCase.LogInCommand;
import io.blogflow.identity.domain.ClientInfo;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.InvalidCredentials;
import io.blogflow.identity.domain.IdentityErrors.NoActiveAdmin;
import io.blogflow.identity.domain.LockoutPolicy;
import io.blogflow.identity.domain.PasswordPolicy;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.AuditLog;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetAdminPasswordServiceTest {

    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.1", "test");

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final AuthPolicy policy = new AuthPolicy(Duration.ofMinutes(10), Duration.ofDays(30),
            Duration.ofSeconds(2), new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofHours(1)));
    private ResetAdminPasswordService reset;
    private LogInService logIn;

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
        var revoker = new SessionRevoker(store.sessionRepository, store.revokedNotifications::addAll);
        reset = new ResetAdminPasswordService(store.userRepository, store.hasher, new PasswordPolicy(Set.of("password")),
                revoker, direct, clock, audit);
        logIn = new LogInService(store.userRepository, store.hasher, new SessionIssuer(store.sessionRepository,
                store.accessTokens, store.secrets, UUID::randomUUID, policy), direct, clock, policy, audit);
    }

    private User account(String email, Role role) {
        return store.userRepository.add(User.register(new UserId(UUID.randomUUID()), new PersonName("Someone"),
                new Email(email), "hashed:forgotten password", role, NOW.minus(Duration.ofDays(10))));
    }

    @Test
    void anAdminWhoLostThePasswordLogsInWithTheNewOneAndTheOldStopsWorking() {
        account("root@example.com", Role.ADMIN);

        reset.resetPassword("Root@Example.com", "a brand new passphrase");

        assertThat(logIn.logIn(new LogInCommand("root@example.com", "a brand new passphrase", CLIENT))).isNotNull();
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("root@example.com", "forgotten password", CLIENT)))
                .isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void theResetLiftsALockoutAndEndsEverySessionOfTheAccount() {
        User admin = account("root@example.com", Role.ADMIN);
        IssuedTokens before = logIn.logIn(new LogInCommand("root@example.com", "forgotten password", CLIENT));
        admin.recordFailedLogin(NOW, new LockoutPolicy(1, Duration.ofHours(1), Duration.ofHours(1)));
        assertThat(admin.isLockedAt(NOW)).isTrue();

        reset.resetPassword("root@example.com", "a brand new passphrase");

        assertThat(admin.isLockedAt(NOW)).isFalse();
        assertThat(store.sessions.get(before.sessionId()).revokeReason()).isEqualTo("password-reset");
        assertThat(store.revokedNotifications).containsExactly(before.sessionId());
    }

    @Test
    void theResetIsAuditedWithoutAnActorAndWithoutThePassword() {
        User admin = account("root@example.com", Role.ADMIN);

        reset.resetPassword("root@example.com", "a brand new passphrase");

        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.password-reset");
            assertThat(entry.actor()).isNull();
            assertThat(entry.targetId()).isEqualTo(admin.id().toString());
            assertThat(entry.after()).containsEntry("via", "command-line").doesNotContainValue("a brand new passphrase");
        });
    }

    @Test
    void onlyAnActiveAdminCanBeResetThisWay() {
        account("author@example.com", Role.AUTHOR);
        account("gone@example.com", Role.ADMIN).deactivate(NOW);

        for (String email : new String[] {"author@example.com", "gone@example.com", "nobody@example.com"}) {
            assertThatThrownBy(() -> reset.resetPassword(email, "a brand new passphrase")).as(email)
                    .isInstanceOf(NoActiveAdmin.class);
        }
        assertThat(audited).isEmpty();
    }

    @Test
    void theNewPasswordMustSatisfyThePasswordPolicy() {
        account("root@example.com", Role.ADMIN);

        assertThatThrownBy(() -> reset.resetPassword("root@example.com", "short"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> reset.resetPassword("root@example.com", "password"))
                .isInstanceOf(InvalidValueException.class);
        assertThat(logIn.logIn(new LogInCommand("root@example.com", "forgotten password", CLIENT))).isNotNull();
    }
}
