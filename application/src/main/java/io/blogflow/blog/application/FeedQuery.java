package io.blogflow.blog.application;

import io.blogflow.blog.domain.Slug;
import java.util.Optional;

/**
 * Which published posts a feed lists: all of them, or those carrying one tag. Each filter is one optional field
 * (a category filter is added the same way), so the site feed is {@link #all()}.
 */
public record FeedQuery(Optional<Slug> tag) {

    public FeedQuery {
        tag = tag == null ? Optional.empty() : tag;
    }

    public static FeedQuery all() {
        return new FeedQuery(Optional.empty());
    }

    public static FeedQuery tagged(Slug tag) {
        return new FeedQuery(Optional.of(tag));
    }
}
