package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;

/** The X/Twitter card types (twitter:card). */
public enum TwitterCard {
    SUMMARY, SUMMARY_LARGE_IMAGE, APP, PLAYER;

    /** The wire name, e.g. {@code summary_large_image}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code null} for an absent or blank value. */
    public static TwitterCard optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("twitter-card-type.invalid",
                    "twitterCardType must be summary, summary_large_image, app or player.");
        }
    }
}
