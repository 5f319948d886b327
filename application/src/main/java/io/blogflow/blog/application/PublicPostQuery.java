package io.blogflow.blog.application;

import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;

/**
 * Which published posts a reader lists, and in which order. Every filter is optional ({@code null}): one author, a
 * tag, a category (its sub-categories included), a topic cluster, a language (its regional variants included:
 * {@code en} lists {@code en-GB} too), and a publication window {@code [publishedFrom, publishedTo)}.
 */
public record PublicPostQuery(UserId author, Slug tag, Slug category, Slug cluster, ContentLanguage language,
                              Instant publishedFrom, Instant publishedTo, Sort sort) {

    public enum Sort { NEWEST, OLDEST, TITLE, POPULAR }

    public static PublicPostQuery all(Sort sort) {
        return new PublicPostQuery(null, null, null, null, null, null, null, sort);
    }
}
