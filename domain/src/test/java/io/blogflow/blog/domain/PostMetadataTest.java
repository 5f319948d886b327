package io.blogflow.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostMetadataTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void webAddressesMustBeAbsoluteHttpUrls() {
        assertThat(new WebAddress(" https://example.com/a?b=c ").value()).isEqualTo("https://example.com/a?b=c");
        for (String bad : new String[] {"javascript:alert(1)", "/relative", "ftp://example.com/x", "https://",
                "http://exa mple.com", "https://example.com/" + "a".repeat(2000)}) {
            assertThatThrownBy(() -> new WebAddress(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "url.invalid");
        }
        assertThat(WebAddress.optional("  ")).isNull();
    }

    @Test
    void languagesAreWellFormedBcp47TagsAndCountriesIsoCodes() {
        assertThat(new ContentLanguage("en-gb").tag()).isEqualTo("en-GB");
        assertThat(new ContentLanguage("pt-BR").primary()).isEqualTo("pt");
        assertThat(ContentLanguage.orEnglish(null)).isEqualTo(ContentLanguage.ENGLISH);
        assertThatThrownBy(() -> new ContentLanguage("english")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ContentLanguage("en_GB")).isInstanceOf(InvalidValueException.class);

        assertThat(new CountryCode("de").code()).isEqualTo("DE");
        assertThatThrownBy(() -> new CountryCode("XX")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "geo-target-country.invalid");
        assertThat(CountryCode.optional("")).isNull();
    }

    @Test
    void seoTextsHaveHardLimitsAndAdviceForTheSoftOnes() {
        assertThatThrownBy(() -> new SeoMetadata("t".repeat(301), null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "meta-title.too-long");
        var seo = new SeoMetadata("  ", "sourdough", null, null, null, null, null, null, TwitterCard.SUMMARY);
        assertThat(seo.metaTitle()).isNull();

        var hints = seo.advice(new Title("x".repeat(71)), new MetaDescription("d".repeat(161)), "no keyword here");

        assertThat(hints).hasSize(3).anyMatch(h -> h.startsWith("meta-title.long"))
                .anyMatch(h -> h.startsWith("meta-description.long"))
                .anyMatch(h -> h.startsWith("focus-keyword.unused"));
        assertThat(seo.advice(new Title("Sourdough basics"), MetaDescription.NONE, "")).isEmpty();
        assertThat(TwitterCard.optional("Summary_Large_Image")).isEqualTo(TwitterCard.SUMMARY_LARGE_IMAGE);
        assertThatThrownBy(() -> TwitterCard.optional("poster")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFeaturedImageNeedsAlternativeText() {
        assertThatThrownBy(() -> new FeaturedImage("https://img.example/a.png", " ", null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "featured-image-alt.required");
        assertThat(new FeaturedImage("https://img.example/a.png", "A loaf", "  ").caption()).isNull();
    }

    @Test
    void onlyAPostInAClusterIsItsPillarAndLeavingTheClusterEndsThat() {
        var cluster = new TopicClusterId(UUID.randomUUID());
        assertThatThrownBy(() -> new PostDetails(SeoMetadata.NONE, null, null, null, true, ContentLanguage.ENGLISH,
                null, true, null, false, null, null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "pillar.needs-cluster");
        var pillar = new PostDetails(SeoMetadata.NONE, null, null, cluster, true, ContentLanguage.ENGLISH, null, true,
                null, false, null, null);

        assertThat(pillar.inCluster(cluster).pillar()).isTrue();
        assertThat(pillar.inCluster(new TopicClusterId(UUID.randomUUID())).pillar()).isFalse();
        assertThat(pillar.inCluster(null).pillar()).isFalse();
    }

    @Test
    void theContentVersionCountsTextChangesOnlyAndTheReasonIsKept() {
        var fields = PostFields.plain(new Title("T"), new Slug("t"), new MarkdownContent("one"), RenderedBody.EMPTY,
                Excerpt.NONE, MetaDescription.NONE);
        Post post = Post.draft(new PostId(UUID.randomUUID()), new UserId(UUID.randomUUID()), fields, NOW);
        assertThat(post.contentVersion()).isEqualTo(1);

        post.revise(fields.withDetails(PostDetails.DEFAULT.inCategory(new CategoryId(UUID.randomUUID()))), null, NOW);
        assertThat(post.contentVersion()).isEqualTo(1);
        assertThat(post.lastUpdatedReason()).isEmpty();

        post.revise(PostFields.plain(new Title("T"), new Slug("t"), new MarkdownContent("two"), RenderedBody.EMPTY,
                Excerpt.NONE, MetaDescription.NONE), " Fixed the recipe ", NOW);
        assertThat(post.contentVersion()).isEqualTo(2);
        assertThat(post.lastUpdatedReason()).contains("Fixed the recipe");
    }
}
