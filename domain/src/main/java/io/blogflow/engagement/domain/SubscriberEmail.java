package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subscriber's address, trimmed and lower-cased (one subscription per mailbox however it is typed). Personal data:
 * stored sealed, found by its keyed hash.
 */
public record SubscriberEmail(String value) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;]+");

    public SubscriberEmail {
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || value.length() > 254 || !ADDRESS.matcher(value).matches()) {
            throw new InvalidValueException("email.invalid", "Not an email address.");
        }
    }

    @Override
    public String toString() {
        return "SubscriberEmail[…]";
    }
}
