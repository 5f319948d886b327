package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.Heading;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Post")
public record PostResponse(
        UUID id,
        @Schema(description = "The author's user id (absent for posts stored before authorship was recorded).")
        UUID authorId,
        String title,
        String slug,
        String contentMarkdown,
        @Schema(description = "The Markdown rendered and sanitised: safe to embed.") String contentHtml,
        String excerpt,
        int wordCount,
        int readingTimeMinutes,
        List<Heading> tableOfContents,
        String metaDescription,
        @Schema(enumeration = {"draft", "pending_review", "scheduled", "published", "archived"}) String status,
        @Schema(description = "When a scheduled post will be published.") Instant scheduledAt,
        @Schema(description = "First publication; kept when a post is unpublished and published again.")
        Instant publishedAt,
        @Schema(description = "Optimistic-locking version; also the ETag. Send it in If-Match to change the post.")
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static PostResponse from(Post post) {
        return new PostResponse(post.id().value(), post.authorId().map(author -> author.value()).orElse(null),
                post.title().value(), post.slug().value(),
                post.content().value(), post.body().html(), post.excerpt().value(), post.body().wordCount(),
                post.body().readingTimeMinutes(), post.body().tableOfContents(), post.metaDescription().value(),
                post.status().name().toLowerCase(Locale.ROOT),
                post.scheduledAt().orElse(null), post.publishedAt().orElse(null), post.version(), post.createdAt(),
                post.updatedAt());
    }
}
