package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where a reader shared a post: a short lower-case name such as {@code mastodon}, {@code linkedin} or {@code email}. */
public record ShareNetwork(String value) {

    private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public ShareNetwork {
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("share-network.invalid",
                    "A network is 1 to 32 lower-case letters, digits or '-', starting with a letter.");
        }
    }
}
