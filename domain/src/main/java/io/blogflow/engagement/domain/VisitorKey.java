package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The random key a reader's client keeps to be recognised as the same visitor (one like per visitor). It is never
 * stored: only its keyed hash, the {@link Fingerprint}, is.
 */
public record VisitorKey(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    public VisitorKey {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("visitor-key.invalid",
                    "X-Visitor-Key must be 16 to 128 characters of letters, digits, '-' and '_' (e.g. a random UUID).");
        }
    }

    @Override
    public String toString() {
        return "VisitorKey[…]";
    }
}
