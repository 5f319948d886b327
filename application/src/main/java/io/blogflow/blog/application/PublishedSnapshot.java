package io.blogflow.blog.application;

import java.time.Instant;
import java.util.Optional;

/**
 * How many posts are published and when the newest change to one of them happened: cheap to read, and different
 * whenever a post is published, changed, unpublished or trashed (which makes it a validator for sitemaps).
 */
public record PublishedSnapshot(long count, Optional<Instant> newestUpdate) {

    public PublishedSnapshot {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        newestUpdate = newestUpdate == null ? Optional.empty() : newestUpdate;
    }
}
