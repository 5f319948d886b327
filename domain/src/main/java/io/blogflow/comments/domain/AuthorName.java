package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** The name a commenter shows: 1 to 80 characters on one line. */
public record AuthorName(String value) {

    public static final int MAX = 80;
    /** What an erased or tombstoned author is shown as. */
    public static final AuthorName ANONYMOUS = new AuthorName("Anonymous");

    public AuthorName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("authorName.required", "authorName is required.");
        }
        if (value.length() > MAX) {
            throw new InvalidValueException("authorName.too-long", "authorName has at most " + MAX + " characters.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("authorName.invalid", "authorName is one line of text.");
        }
    }
}
