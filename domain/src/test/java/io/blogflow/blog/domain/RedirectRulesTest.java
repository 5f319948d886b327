package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.ValidationException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "old-page, path.not-site-path", "//host/x, path.not-site-path", "https://x.example/a, path.not-site-path",
        "/a?b=1, path.query-or-fragment", "/a#top, path.query-or-fragment", "/a b, path.invalid-characters",
        "/a//b, path.empty-segment", "/a/./b, path.dot-segment", "/a/.., path.dot-segment"})
    void sitePathsAreExactPathsOfThisSite(String raw, String code) {
        assertThatThrownBy(() -> new SitePath(raw)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", code);
    }

    @Test
    void aSitePathHasOneSpellingAndKnowsWhenItIsAPermalink() {
        assertThat(new SitePath("/guides/java/").value()).isEqualTo("/guides/java");
        assertThat(new SitePath("/").value()).isEqualTo("/");
        assertThat(new SitePath("/my-post/").asSlug()).contains(new Slug("my-post"));
        assertThat(new SitePath("/guides/java").asSlug()).isEmpty();
        assertThat(new SitePath("/Not_A_Slug").asSlug()).isEmpty();
        assertThatThrownBy(() -> new SitePath("/" + "a".repeat(SitePath.MAX_LENGTH)))
                .hasFieldOrPropertyWithValue("code", "path.too-long");
    }

    @Test
    void targetsAreSitePathsOrAbsoluteHttpUrls() {
        assertThat(new RedirectTarget("/new/").sitePath()).contains(new SitePath("/new"));
        assertThat(new RedirectTarget("https://x.example/a?b#c").sitePath()).isEmpty();
        for (String invalid : new String[] {"ftp://x.example/a", "mailto:a@b.c", "new-page", "https://"}) {
            assertThatThrownBy(() -> new RedirectTarget(invalid)).hasFieldOrPropertyWithValue("code", "to.invalid");
        }
        assertThat(RedirectStatus.of(null)).isEqualTo(RedirectStatus.PERMANENT);
        assertThat(RedirectStatus.of(302).code()).isEqualTo(302);
        assertThatThrownBy(() -> RedirectStatus.of(307)).hasFieldOrPropertyWithValue("code", "status.invalid");
    }

    @Test
    void aRedirectCannotLeadToItsOwnPath() {
        assertThatThrownBy(() -> Redirect.create(new RedirectId(UUID.randomUUID()), new SitePath("/a"),
                new RedirectTarget("/a/"), RedirectStatus.PERMANENT, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("to.self-redirect"));
    }

    @Test
    void aTargetThatIsRedirectedIsReplacedByWhereItLeads() {
        Map<String, String> existing = Map.of("/b", "/c", "/c", "https://x.example/d");

        RedirectTarget target = Redirect.collapsedTarget(new SitePath("/a"), new RedirectTarget("/b"),
                path -> Optional.ofNullable(existing.get(path.value())).map(RedirectTarget::new));

        assertThat(target.value()).isEqualTo("https://x.example/d");
    }

    @Test
    void aTargetThatLeadsBackToTheSourceIsALoop() {
        Map<String, String> existing = Map.of("/b", "/a");

        assertThatThrownBy(() -> Redirect.collapsedTarget(new SitePath("/a"), new RedirectTarget("/b"),
                path -> Optional.ofNullable(existing.get(path.value())).map(RedirectTarget::new)))
                .isInstanceOf(RedirectErrors.Loop.class).hasFieldOrPropertyWithValue("code", "redirect-loop");
    }

    @Test
    void changingARedirectNeedsItsCurrentVersion() {
        Redirect redirect = Redirect.rehydrate(new RedirectId(UUID.randomUUID()), new SitePath("/a"),
                new RedirectTarget("/b"), RedirectStatus.PERMANENT, 3, NOW, NOW);

        assertThatThrownBy(() -> redirect.requireVersion(2)).hasFieldOrPropertyWithValue("code", "stale-version");
        redirect.repoint(new RedirectTarget("/c"), NOW.plusSeconds(1));
        assertThat(redirect.to().value()).isEqualTo("/c");
        assertThat(redirect.updatedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void linkRewritesReplaceOnlyTheGivenSpans() {
        String text = "[a](/old) and [b](/old) and `/old`";
        var first = new MarkdownLink("/old", 4, 8);
        var second = new MarkdownLink("/old", 18, 22);

        MarkdownContent rewritten = LinkRewrite.apply(new MarkdownContent(text),
                Map.of(first, "/newer", second, "/n"));

        assertThat(rewritten.value()).isEqualTo("[a](/newer) and [b](/n) and `/old`");
    }
}
