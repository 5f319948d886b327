package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A commenter's email address, normalised (trimmed, lower case). Personal data: stored sealed, never shown publicly;
 * {@link #toString()} does not reveal it.
 */
public final class AuthorEmail {

    public static final int MAX = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String value;

    public AuthorEmail(String raw) {
        String normalised = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new InvalidValueException("authorEmail.required", "authorEmail is required.");
        }
        if (normalised.length() > MAX || !ADDRESS.matcher(normalised).matches()) {
            throw new InvalidValueException("authorEmail.invalid", "authorEmail is not an email address.");
        }
        this.value = normalised;
    }

    public String value() {
        return value;
    }

    /** The part after the @, for domain blocklists. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthorEmail email && email.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AuthorEmail[hidden]";
    }
}
