package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import java.time.Instant;
import java.util.UUID;

/**
 * What a list of published posts shows of each: no body, so lists stay cheap to read and to send. {@code counters}
 * are the views stored with the post and, once the list is answered, the engagement counted elsewhere (likes,
 * comments, shares).
 */
public record PostSummary(PostId id, UUID authorId, String title, String slug, String excerpt, int wordCount,
                          int readingTimeMinutes, String featuredImage, String featuredImageAlt, UUID categoryId,
                          UUID topicClusterId, String contentLanguage, long views, Instant publishedAt,
                          Instant updatedAt, PostCounters counters) {

    /** As the posts table has it: its views, nothing counted elsewhere yet. */
    public PostSummary(PostId id, UUID authorId, String title, String slug, String excerpt, int wordCount,
                       int readingTimeMinutes, String featuredImage, String featuredImageAlt, UUID categoryId,
                       UUID topicClusterId, String contentLanguage, long views, Instant publishedAt,
                       Instant updatedAt) {
        this(id, authorId, title, slug, excerpt, wordCount, readingTimeMinutes, featuredImage, featuredImageAlt,
                categoryId, topicClusterId, contentLanguage, views, publishedAt, updatedAt,
                new PostCounters(views, 0, 0, 0));
    }

    public PostSummary withCounters(PostCounters counted) {
        return new PostSummary(id, authorId, title, slug, excerpt, wordCount, readingTimeMinutes, featuredImage,
                featuredImageAlt, categoryId, topicClusterId, contentLanguage, views, publishedAt, updatedAt, counted);
    }
}
