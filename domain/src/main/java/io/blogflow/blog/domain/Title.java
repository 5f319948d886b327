package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** The headline of a post: surrounding whitespace removed, 1 to {@value #MAX_LENGTH} characters. */
public record Title(String value) {

    public static final int MAX_LENGTH = 200;

    public Title {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("title.required", "title is required.");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("title.too-long", "title must be at most " + MAX_LENGTH + " characters.");
        }
    }
}
