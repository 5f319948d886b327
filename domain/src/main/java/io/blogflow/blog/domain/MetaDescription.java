package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** The search-result snippet of a post: at most 500 characters (160 is what search engines show). */
public record MetaDescription(String value) {

    public static final int MAX_LENGTH = 500;
    public static final MetaDescription NONE = new MetaDescription("");

    public MetaDescription {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("meta-description.too-long",
                    "metaDescription must be at most " + MAX_LENGTH + " characters.");
        }
    }

    public boolean isBlank() {
        return value.isEmpty();
    }
}
