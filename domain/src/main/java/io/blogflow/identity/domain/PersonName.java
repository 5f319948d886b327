package io.blogflow.identity.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** How a person is shown: 1 to 100 characters. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("name.required", "name is required.");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("name.too-long", "name must be at most " + MAX_LENGTH + " characters.");
        }
    }
}
