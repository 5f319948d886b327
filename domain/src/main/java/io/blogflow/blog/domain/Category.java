package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Objects;

/**
 * A category: posts are filed in at most one. Categories form a tree through {@code parent} ({@code null} for a
 * top-level category); names are unique ignoring case, slugs unique. {@code version} guards concurrent edits.
 */
public record Category(CategoryId id, String name, Slug slug, CategoryId parent, String description, long version) {

    public static final int MAX_NAME_LENGTH = 80;

    public Category {
        Objects.requireNonNull(id, "id");
        name = validName(name);
        Objects.requireNonNull(slug, "slug");
        description = Texts.optional("description", description, 1000);
        if (id.equals(parent)) {
            throw new InvalidValueException("parent-id.self", "A category cannot be its own parent.");
        }
    }

    /** Stripped, inner whitespace collapsed, 1 to 80 characters. */
    public static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name.invalid", "name must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }
}
