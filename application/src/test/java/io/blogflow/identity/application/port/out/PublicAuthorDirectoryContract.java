package io.blogflow.identity.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.identity.application.port.in.PublicAuthorsUseCase.PublicAuthor;
import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PublicAuthorDirectory} does; its store may be shared, so the test uses accounts of its own. */
public abstract class PublicAuthorDirectoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00.123456Z");

    protected abstract PublicAuthorDirectory directory();

    /** Where the accounts the directory reads are stored. */
    protected abstract UserRepository users();

    @Test
    void authorsAreFoundAtOnceWithTheirProfilesPublicFieldsButNotWhenErasedOrUnknown() {
        User ann = user("Ann Author");
        ann.updateProfile(new AuthorProfile("Private bio", "https://img.example/ann.png",
                "https://www.linkedin.com/in/ann", List.of("tea")), NOW);
        User bob = user("Bob Plain");
        User eve = user("Eve Erased");
        tx(() -> {
            users().add(ann);
            users().add(bob);
            users().add(eve);
        });
        tx(() -> {
            User erased = users().findById(eve.id()).orElseThrow();
            erased.erase(NOW);
            users().update(erased);
        });
        UserId unknown = new UserId(UUID.randomUUID());

        Map<UserId, PublicAuthor> found = tx(() -> directory().find(Set.of(ann.id(), bob.id(), eve.id(), unknown)));

        assertThat(found).containsOnlyKeys(ann.id(), bob.id());
        assertThat(found.get(ann.id())).isEqualTo(new PublicAuthor(ann.id(), "Ann Author",
                "https://img.example/ann.png", "https://www.linkedin.com/in/ann"));
        assertThat(found.get(bob.id())).isEqualTo(new PublicAuthor(bob.id(), "Bob Plain", null, null));
    }

    private static User user(String name) {
        return User.register(new UserId(UUID.randomUUID()), new PersonName(name),
                new Email("authors-" + UUID.randomUUID() + "@example.com"), "hash", Role.AUTHOR, NOW);
    }
}
