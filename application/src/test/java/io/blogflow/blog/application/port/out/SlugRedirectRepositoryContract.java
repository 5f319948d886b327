package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.application.port.out.RepositoryContract;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SlugRedirectRepository} does; an implementation's test gives it and the posts slugs lead to. */
public abstract class SlugRedirectRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    protected abstract SlugRedirectRepository redirects();

    protected abstract PostId aPost();

    @Test
    void anOldSlugLeadsToItsPostUntilRemoved() {
        Slug old = new Slug(unique("old"));
        PostId post = aPost();

        tx(() -> redirects().redirect(old, post, NOW));
        assertThat(tx(() -> redirects().target(old))).contains(post);

        tx(() -> redirects().remove(old));
        assertThat(tx(() -> redirects().target(old))).isEmpty();
    }

    @Test
    void redirectingAnOldSlugAgainRepointsIt() {
        Slug old = new Slug(unique("moved"));
        PostId next = aPost();
        tx(() -> redirects().redirect(old, aPost(), NOW));

        tx(() -> redirects().redirect(old, next, NOW.plusSeconds(1)));

        assertThat(tx(() -> redirects().target(old))).contains(next);
    }

    @Test
    void slugsStartingWithFindsTheBaseAndItsSuffixedVariantsOnly() {
        String base = unique("family");
        PostId post = aPost();
        for (String slug : new String[] {base, base + "-2", base + "x"}) {
            tx(() -> redirects().redirect(new Slug(slug), post, NOW));
        }

        assertThat(tx(() -> redirects().slugsStartingWith(new Slug(base)))).containsExactlyInAnyOrder(base,
                base + "-2");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
