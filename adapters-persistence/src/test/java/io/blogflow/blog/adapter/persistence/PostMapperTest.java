package io.blogflow.blog.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.CountryCode;
import io.blogflow.blog.domain.FeaturedImage;
import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.SeoMetadata;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.blog.domain.TwitterCard;
import io.blogflow.blog.domain.WebAddress;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.Heading;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostMapperTest {

    @Test
    void aPostSurvivesTheRoundTripThroughItsRow() {
        var details = new PostDetails(new SeoMetadata("Meta", "body", new WebAddress("https://example.com/c"), "OG",
                "OG description", new WebAddress("https://img.example/og.png"), "Tw", "Tw description",
                TwitterCard.SUMMARY_LARGE_IMAGE), new FeaturedImage("https://img.example/f.png", "Alt", "Caption"),
                new CategoryId(UUID.randomUUID()), new TopicClusterId(UUID.randomUUID()), true,
                new ContentLanguage("en-GB"), new CountryCode("GB"), false, Instant.parse("2026-02-01T00:00:00Z"), true,
                new MediaRef(UUID.randomUUID()), new MediaRef(UUID.randomUUID()));
        Post post = Post.draft(new PostId(UUID.randomUUID()), new UserId(UUID.randomUUID()), new PostFields(
                new Title("Round trip"), new Slug("round-trip"),
                new MarkdownContent("# body"), new RenderedBody("<h1 id=\"body\">body</h1>", 1, 1,
                        java.util.List.of(new Heading(1, "body", "body"))), new Excerpt("body"), true,
                new MetaDescription("About"), details), Instant.parse("2026-02-03T04:05:06.123456Z"));
        post.approve(new io.blogflow.shared.domain.Actor(new UserId(UUID.randomUUID()), true, true),
                Instant.parse("2026-02-03T05:00:00Z"));

        Post back = PostMapper.toDomain(PostMapper.toNewRow(post));

        assertThat(back).usingRecursiveComparison().isEqualTo(post);
        assertThat(back.approval()).isPresent();
    }

    @Test
    void copyingEditableFieldsLeavesIdentityCreationTimeAndVersionAlone() {
        Post post = Post.draft(new PostId(UUID.randomUUID()), new UserId(UUID.randomUUID()), PostFields.plain(
                new Title("A"), new Slug("a"), MarkdownContent.EMPTY, RenderedBody.EMPTY, Excerpt.NONE,
                MetaDescription.NONE), Instant.parse("2026-02-03T04:05:06Z"));
        PostJpaEntity row = PostMapper.toNewRow(post);
        row.version = 4;
        post.revise(PostFields.plain(new Title("B"), new Slug("b"), new MarkdownContent("b"), RenderedBody.EMPTY,
                Excerpt.NONE, new MetaDescription("b")), null, Instant.parse("2026-02-04T00:00:00Z"));

        PostMapper.copyEditableFields(post, row);

        assertThat(row.title).isEqualTo("B");
        assertThat(row.slug).isEqualTo("b");
        assertThat(row.updatedAt).isEqualTo(Instant.parse("2026-02-04T00:00:00Z"));
        assertThat(row.version).isEqualTo(4);
        assertThat(row.createdAt).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
    }
}
