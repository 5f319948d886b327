package io.blogflow.blog.application.port.out;

import io.blogflow.blog.application.PublicPostQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A position in the public list (keyset pagination): the sort key and id of the last post a reader has seen, so the
 * next page starts right after it whatever its depth, at the cost of page 1. {@code key} is the sort column as text:
 * the publication instant in epoch microseconds (newest, oldest), the title, or the view count (popular).
 */
public record PostCursor(PublicPostQuery.Sort sort, String key, UUID id) {

    public PostCursor {
        if (sort == null || key == null || id == null) {
            throw new IllegalArgumentException("A cursor has a sort, a key and an id");
        }
    }

    /** The cursor that continues after {@code post} in {@code sort} order. */
    public static PostCursor after(PostSummary post, PublicPostQuery.Sort sort) {
        String key = switch (sort) {
            case NEWEST, OLDEST -> Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, post.publishedAt()));
            case TITLE -> post.title();
            case POPULAR -> Long.toString(post.views());
        };
        return new PostCursor(sort, key, post.id().value());
    }

    /** The publication instant of a newest/oldest cursor. */
    public Instant instant() {
        return Instant.EPOCH.plus(Long.parseLong(key), ChronoUnit.MICROS);
    }

    /** The view count of a popular cursor. */
    public long views() {
        return Long.parseLong(key);
    }
}
