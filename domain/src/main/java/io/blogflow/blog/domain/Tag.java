package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/** A tag: a display name (unique ignoring case), its slug, and how many posts carry it. */
public record Tag(UUID id, String name, Slug slug, int usageCount) {

    public static final int MAX_NAME_LENGTH = 50;

    public Tag {
        Objects.requireNonNull(id, "id");
        name = normalisedName(name);
        Objects.requireNonNull(slug, "slug");
    }

    /** A new tag named {@code name}, its slug derived from the name. */
    public static Tag named(UUID id, String name) {
        String valid = normalisedName(name);
        return new Tag(id, valid, Slugs.fromTitle(new Title(valid)), 0);
    }

    /** The name trimmed, inner whitespace collapsed; refused when empty or over the maximum length. */
    public static String normalisedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("tag.invalid", "tag names have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }
}
