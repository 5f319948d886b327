package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import java.time.Instant;
import java.util.UUID;

/** What a list of published posts shows of each: no body, so lists stay cheap to read and to send. */
public record PostSummary(PostId id, UUID authorId, String title, String slug, String excerpt, int wordCount,
                          int readingTimeMinutes, String featuredImage, String featuredImageAlt, UUID categoryId,
                          UUID topicClusterId, String contentLanguage, long views, Instant publishedAt,
                          Instant updatedAt) {
}
