package io.blogflow.blog.adapter.rest;

import io.blogflow.shared.adapter.rest.QueryInstants;
import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.domain.ContentLanguage;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The query parameters of the public list, validated together into a query and a field selection. */
record PublicListParameters(PublicPostQuery query, Set<String> fields) {

    /** The fields a reader may select with {@code fields=}; every summary field. */
    static final Set<String> SELECTABLE = Set.of("id", "authorId", "title", "slug", "excerpt", "wordCount",
            "readingTimeMinutes", "featuredImage", "featuredImageAlt", "categoryId", "topicClusterId",
            "contentLanguage", "views", "likeCount", "commentCount", "shareCount", "publishedAt", "updatedAt");

    static PublicListParameters parse(String author, String tag, String category, String cluster, String language,
                                      String from, String to, String sort, String fields) {
        var v = new Validation();
        UserId authorId = author == null ? null : v.field("author", () -> UserId.parse(author)
                .orElseThrow(() -> new InvalidValueException("author.invalid", "author must be a user id.")));
        Slug tagSlug = slug(v, "tag", tag);
        Slug categorySlug = slug(v, "category", category);
        Slug clusterSlug = slug(v, "cluster", cluster);
        ContentLanguage lang = language == null ? null : v.field("language", () -> new ContentLanguage(language));
        Instant publishedFrom = v.field("from", () -> QueryInstants.parse("from", from));
        Instant publishedTo = v.field("to", () -> QueryInstants.parse("to", to));
        PublicPostQuery.Sort order = v.field("sort", () -> sort(sort));
        Set<String> selected = v.field("fields", () -> fields(fields));
        v.throwIfInvalid();
        return new PublicListParameters(new PublicPostQuery(authorId, tagSlug, categorySlug, clusterSlug, lang,
                publishedFrom, publishedTo, order), selected);
    }

    private static Slug slug(Validation v, String name, String raw) {
        return raw == null ? null : v.field(name, () -> {
            try {
                return new Slug(raw);
            } catch (InvalidValueException e) {
                throw new InvalidValueException(name + ".invalid", name + " must be a slug.");
            }
        });
    }

    private static PublicPostQuery.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return PublicPostQuery.Sort.NEWEST;
        }
        try {
            return PublicPostQuery.Sort.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("sort.invalid", "sort must be newest, oldest, title or popular.");
        }
    }

    /** {@code null} when every field is wanted. */
    private static Set<String> fields(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var selected = new LinkedHashSet<String>();
        for (String field : Arrays.stream(raw.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList()) {
            if (!SELECTABLE.contains(field)) {
                throw new InvalidValueException("fields.unknown", "Unknown field '" + field + "'; selectable: "
                        + String.join(", ", SELECTABLE.stream().sorted().toList()) + ".");
            }
            selected.add(field);
        }
        return selected;
    }
}
