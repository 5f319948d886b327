package io.blogflow.blog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectErrors;
import io.blogflow.blog.domain.RedirectId;
import io.blogflow.blog.domain.RedirectStatus;
import io.blogflow.blog.domain.RedirectTarget;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RedirectRepository} does; an implementation's test gives it and its transactions. */
public abstract class RedirectRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00.123456Z");

    protected abstract RedirectRepository redirects();

    @Test
    void anAddedRedirectIsFoundByIdAndBySourcePath() {
        Redirect redirect = newRedirect(unique("/old"), "https://example.com/new");

        Redirect added = tx(() -> redirects().add(redirect));

        assertThat(added).usingRecursiveComparison().isEqualTo(redirect);
        assertThat(tx(() -> redirects().byId(redirect.id())).orElseThrow()).usingRecursiveComparison()
                .isEqualTo(redirect);
        assertThat(tx(() -> redirects().byFromPath(redirect.from())).orElseThrow().id()).isEqualTo(redirect.id());
        assertThat(tx(() -> redirects().byId(new RedirectId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aSourcePathInUseIsTaken() {
        Redirect first = tx(() -> redirects().add(newRedirect(unique("/taken"), "https://example.com/a")));

        assertThatThrownBy(() -> tx(() -> redirects().add(newRedirect(first.from().value(), "https://example.com/b"))))
                .isInstanceOf(RedirectErrors.PathTaken.class);
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused() {
        Redirect added = tx(() -> redirects().add(newRedirect(unique("/versioned"), "https://example.com/a")));
        Redirect first = tx(() -> redirects().byId(added.id())).orElseThrow();
        Redirect second = tx(() -> redirects().byId(added.id())).orElseThrow();
        first.repoint(new RedirectTarget("https://example.com/b"), NOW.plusSeconds(1));

        Redirect updated = tx(() -> redirects().update(first));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.to()).isEqualTo(new RedirectTarget("https://example.com/b"));
        second.repoint(new RedirectTarget("https://example.com/c"), NOW.plusSeconds(2));
        assertThatThrownBy(() -> tx(() -> redirects().update(second)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void aRemovedRedirectIsGone() {
        Redirect added = tx(() -> redirects().add(newRedirect(unique("/gone"), "https://example.com/a")));
        Redirect loaded = tx(() -> redirects().byId(added.id())).orElseThrow();

        tx(() -> redirects().remove(loaded));

        assertThat(tx(() -> redirects().byId(added.id()))).isEmpty();
    }

    @Test
    void redirectsLeadingToATargetAreFoundAndPagesAreSortedBySourcePath() {
        String target = "https://example.com/" + UUID.randomUUID();
        String prefix = unique("/sorted");
        Redirect b = tx(() -> redirects().add(newRedirect(prefix + "-b", target)));
        Redirect a = tx(() -> redirects().add(newRedirect(prefix + "-a", target)));

        assertThat(tx(() -> redirects().leadingTo(new RedirectTarget(target)))).extracting(Redirect::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        var paths = tx(() -> redirects().findPage(new PageRequest(1, PageRequest.MAX_SIZE))).items().stream()
                .map(r -> r.from().value()).toList();
        assertThat(paths.indexOf(a.from().value())).isNotNegative().isLessThan(paths.indexOf(b.from().value()));
    }

    private static Redirect newRedirect(String from, String to) {
        return Redirect.create(new RedirectId(UUID.randomUUID()), new SitePath(from), new RedirectTarget(to),
                RedirectStatus.PERMANENT, NOW);
    }

    private static String unique(String path) {
        return path + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
