package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.domain.Post;
import java.time.Instant;
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
        @Schema(enumeration = {"draft"}) String status,
        @Schema(description = "Optimistic-locking version; also the ETag. Send it in If-Match to change the post.")
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static PostResponse from(Post post) {
        return new PostResponse(post.id().value(), post.authorId().map(author -> author.value()).orElse(null),
                post.title().value(), post.slug().value(),
                post.content().value(), post.status().name().toLowerCase(Locale.ROOT), post.version(),
                post.createdAt(), post.updatedAt());
    }
}
