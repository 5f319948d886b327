package io.blogflow.blog.application.port.out;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.TopicClusterId;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * A public list query resolved for storage: the category filter is the category with all its sub-categories,
 * the cluster an id. {@code null} (or an empty category set) means no filter.
 */
public record PublishedPostFilter(UserId author, Slug tag, Set<CategoryId> categories, TopicClusterId cluster,
                                  ContentLanguage language, Instant publishedFrom, Instant publishedTo,
                                  PublicPostQuery.Sort sort) {
}
