package io.blogflow.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LockoutPolicy LOCKOUT = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24));

    @Test
    void emailsAreTrimmedAndLowerCasedSoTheyCompareCaseInsensitively() {
        assertThat(new Email("  Ada.Lovelace@Example.COM ")).isEqualTo(new Email("ada.lovelace@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "two@@example.com", "spaces in@example.com", "nodot@example"})
    void malformedEmailsAreRefused(String bad) {
        assertThatThrownBy(() -> new Email(bad)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void eachRoleIncludesTheLesserOnes() {
        assertThat(Role.EDITOR.withIncludedRoles()).containsExactly(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR);
        assertThat(Role.CONTRIBUTOR.includes(Role.AUTHOR)).isFalse();
        assertThat(Role.parse(" admin ")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("root")).extracting("code").isEqualTo("role.invalid");
        assertThat(Role.CONTRIBUTOR.permissions()).containsExactlyInAnyOrder("posts:read", "posts:write");
        assertThat(Role.EDITOR.permissions()).contains("posts:publish", "posts:manage-all").doesNotContain("users:manage");
        assertThat(Role.ADMIN.permissions()).contains("users:manage");
    }

    @Test
    void passwordsNeedEightToOneHundredTwentyEightCharactersAndMustNotBeCommon() {
        var policy = new PasswordPolicy(Set.of("password123"));

        policy.check("correct horse battery");
        policy.check("🔑".repeat(8));
        assertThatThrownBy(() -> policy.check("short")).extracting("code").isEqualTo("password.too-short");
        assertThatThrownBy(() -> policy.check("x".repeat(129))).extracting("code").isEqualTo("password.too-long");
        assertThatThrownBy(() -> policy.check("PassWord123")).extracting("code").isEqualTo("password.common");
    }

    @Test
    void theLockGrowsExponentiallyWithEachThresholdOfFailuresUpToTheMaximum() {
        assertThat(LOCKOUT.lockFor(4)).isZero();
        assertThat(LOCKOUT.lockFor(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LOCKOUT.lockFor(7)).isZero();
        assertThat(LOCKOUT.lockFor(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(LOCKOUT.lockFor(15)).isEqualTo(Duration.ofMinutes(60));
        assertThat(LOCKOUT.lockFor(500)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anAccountLocksAtTheThresholdAndASuccessfulLoginResetsTheCount() {
        User user = newUser();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(NOW, LOCKOUT);
        }
        assertThat(user.canLogInAt(NOW)).isTrue();

        user.recordFailedLogin(NOW, LOCKOUT);

        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        user.recordLogin(NOW.plus(Duration.ofMinutes(16)));
        assertThat(user.failedLoginAttempts()).isZero();
        assertThat(user.lockedUntil()).isNull();
    }

    @Test
    void deactivatedAndErasedAccountsCannotLogIn() {
        User inactive = newUser();
        inactive.deactivate(NOW);
        User erased = newUser();
        erased.erase(NOW);

        assertThat(inactive.canLogInAt(NOW)).isFalse();
        assertThat(erased.canLogInAt(NOW)).isFalse();
        assertThat(erased.email().value()).endsWith("@erased.invalid");
        assertThat(erased.name().value()).isEqualTo("Deleted user");
        assertThat(erased.profile()).isEqualTo(AuthorProfile.EMPTY);
    }

    @Test
    void aRefreshTokenIsRotatedOnceThenToleratedBrieflyThenTreatedAsReuse() {
        var token = new RefreshTokenRecord("h", new SessionId(UUID.randomUUID()), NOW, null);
        var rotated = token.rotated(NOW);
        Duration grace = Duration.ofSeconds(2);

        assertThat(token.classify(NOW, grace)).isEqualTo(RefreshTokenRecord.Use.ROTATE);
        assertThat(rotated.classify(NOW.plusSeconds(2), grace)).isEqualTo(RefreshTokenRecord.Use.CONCURRENT_WITHIN_GRACE);
        assertThat(rotated.classify(NOW.plusSeconds(3), grace)).isEqualTo(RefreshTokenRecord.Use.REUSE);
    }

    @Test
    void aSessionIsActiveUntilRevokedOrExpired() {
        var session = Session.start(new SessionId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new ClientInfo("127.0.0.1", "curl"), NOW, Duration.ofDays(30));

        assertThat(session.isActiveAt(NOW.plus(Duration.ofDays(29)))).isTrue();
        assertThat(session.isActiveAt(NOW.plus(Duration.ofDays(30)))).isFalse();
        session.revoke(NOW, "logout");
        assertThat(session.isActiveAt(NOW)).isFalse();
        assertThat(session.revokeReason()).isEqualTo("logout");
    }

    @Test
    void profileLinksMustBeWebUrlsAndPreferencesNeedARealTimezone() {
        assertThatThrownBy(() -> new AuthorProfile(null, "javascript:alert(1)", null, List.of()))
                .extracting("code").isEqualTo("avatar-url.invalid");
        assertThat(new AuthorProfile("bio", "https://img.example/a.png", null, List.of(" java ", "java", "")))
                .extracting(AuthorProfile::expertiseTopics).isEqualTo(List.of("java"));
        assertThatThrownBy(() -> new UserPreferences("Mars/Olympus", null, null, true, true, true))
                .extracting("code").isEqualTo("timezone.invalid");
    }

    private static User newUser() {
        return User.register(new UserId(UUID.randomUUID()), new PersonName("Ada"), new Email("ada@example.com"),
                "hash", Role.AUTHOR, NOW);
    }
}
