package io.blogflow.identity.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.EmailTaken;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.identity.domain.UserPreferences;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} does; its store may be shared, so each test uses accounts of its own. */
public abstract class UserRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-08-01T10:00:00.123456Z");

    protected abstract UserRepository users();

    @Test
    void aUserWithProfileAndPreferencesReadsBackEqualAndIsFoundByEmailInAnyCase() {
        User user = newUser(Role.AUTHOR);
        user.updateProfile(new AuthorProfile("Bio", "https://img.example/a.png", null, List.of("tea", "java")), NOW);
        user.updatePreferences(new UserPreferences("Europe/Paris", LocalTime.of(9, 30), "warm", true, false, true),
                NOW);

        tx(() -> users().add(user));

        User loaded = tx(() -> users().findByEmail(new Email(user.email().value().toUpperCase()))).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(user);
        assertThat(tx(() -> users().findById(user.id())).orElseThrow()).usingRecursiveComparison().isEqualTo(user);
        assertThat(tx(() -> users().findByIdForUpdate(user.id()))).isPresent();
        assertThat(tx(() -> users().findById(new UserId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefused() {
        User user = newUser(Role.AUTHOR);
        tx(() -> users().add(user));

        assertThatThrownBy(() -> tx(() -> users().add(User.register(new UserId(UUID.randomUUID()),
                new PersonName("Twin"), user.email(), "hash", Role.AUTHOR, NOW)))).isInstanceOf(EmailTaken.class);
    }

    @Test
    void anUpdateIsStoredWithTheNextVersion() {
        User user = newUser(Role.AUTHOR);
        tx(() -> users().add(user));
        User loaded = tx(() -> users().findById(user.id())).orElseThrow();
        loaded.rename(new PersonName("Renamed"), NOW.plusSeconds(1));

        User updated = tx(() -> users().update(loaded));

        assertThat(updated.version()).isEqualTo(user.version() + 1);
        assertThat(tx(() -> users().findById(user.id())).orElseThrow().name()).isEqualTo(new PersonName("Renamed"));
    }

    @Test
    void anActiveAdminCountsAndAccountsArePaged() {
        long before = tx(() -> users().countActiveAdmins());
        tx(() -> users().add(newUser(Role.ADMIN)));
        tx(() -> users().add(newUser(Role.AUTHOR)));

        assertThat(tx(() -> users().countActiveAdmins())).isEqualTo(before + 1);
        assertThat(tx(() -> users().isEmpty())).isFalse();
        var page = tx(() -> users().findPage(new PageRequest(1, 1)));
        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
    }

    protected static User newUser(Role role) {
        return User.register(new UserId(UUID.randomUUID()), new PersonName("Repo Test"),
                new Email("repo-" + UUID.randomUUID() + "@Example.com"), "hash", role, NOW);
    }
}
