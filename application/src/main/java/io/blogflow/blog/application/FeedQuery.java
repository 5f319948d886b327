package io.blogflow.blog.application;

import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.CategoryId;
import java.util.Optional;
import java.util.Set;

/**
 * Which published posts a feed lists: all of them, those carrying one tag, or those of one category (its
 * sub-categories included). The category arrives as a slug and is resolved to the ids of its subtree
 * ({@link #inCategories}) before storage is asked.
 */
public record FeedQuery(Optional<Slug> tag, Optional<Slug> category, Set<CategoryId> categoryIds) {

    public FeedQuery {
        tag = tag == null ? Optional.empty() : tag;
        category = category == null ? Optional.empty() : category;
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }

    public static FeedQuery all() {
        return new FeedQuery(Optional.empty(), Optional.empty(), Set.of());
    }

    public static FeedQuery tagged(Slug tag) {
        return new FeedQuery(Optional.of(tag), Optional.empty(), Set.of());
    }

    public static FeedQuery categorised(Slug category) {
        return new FeedQuery(Optional.empty(), Optional.of(category), Set.of());
    }

    public FeedQuery inCategories(Set<CategoryId> ids) {
        return new FeedQuery(tag, category, ids);
    }
}
