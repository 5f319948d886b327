package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * Labels point at one version of a prompt each. {@link #PRODUCTION} and {@link #LATEST} are built in: every prompt
 * has both; {@code latest} always follows the newest version and cannot be set by hand, {@code production} can be
 * moved but not removed. Custom labels are lower-case letters, digits and hyphens, 1 to 40 characters.
 */
public final class PromptLabels {

    public static final String PRODUCTION = "production";
    public static final String LATEST = "latest";
    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private PromptLabels() {
    }

    public static String valid(String label) {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new InvalidValueException("label.invalid",
                    "A label is 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit.");
        }
        return label;
    }

    /** A label a user may point at a version: anything valid but {@code latest}. */
    public static String settable(String label) {
        if (LATEST.equals(valid(label))) {
            throw new InvalidValueException("label.reserved", "'latest' always follows the newest version.");
        }
        return label;
    }

    /** A label a user may remove: a custom one. */
    public static String removable(String label) {
        if (PRODUCTION.equals(settable(label))) {
            throw new InvalidValueException("label.reserved", "'production' can be moved but not removed.");
        }
        return label;
    }
}
