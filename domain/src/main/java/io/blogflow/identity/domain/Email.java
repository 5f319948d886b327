package io.blogflow.identity.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, compared case-insensitively: kept trimmed and lower-case. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    /** Deliberately loose (one @, a dot in the domain, no spaces): delivery is the real check. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email.required", "email is required.");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email.invalid", "email must be an address like name@example.com.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
