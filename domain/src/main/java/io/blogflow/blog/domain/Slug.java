package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.regex.Pattern;

/** The URL path segment of a post: lower-case ASCII words joined by single hyphens. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 120;
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("slug.required", "slug must not be empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("slug.too-long", "slug must be at most " + MAX_LENGTH + " characters.");
        }
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("slug.pattern",
                    "slug may contain only a-z, 0-9 and single hyphens between words, e.g. 'my-first-post'.");
        }
    }

    /** This slug with a numeric suffix ({@code my-title-2}), shortened first so the result still fits. */
    public Slug withSuffix(int number) {
        String suffix = "-" + number;
        String base = value.length() + suffix.length() <= MAX_LENGTH
                ? value
                : Slugs.trimTrailingHyphens(value.substring(0, MAX_LENGTH - suffix.length()));
        return new Slug(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
