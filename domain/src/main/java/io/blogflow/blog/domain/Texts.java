package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;

/** Optional free-text fields: stripped, blank means unset ({@code null}), bounded in length. */
public final class Texts {

    private Texts() {
    }

    /**
     * {@code value} stripped, or {@code null} when absent or blank; longer than {@code max} is refused with the code
     * {@code <field>.too-long} (field in kebab case, as every error code of the API).
     */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(kebab(field) + ".too-long",
                    field + " must be at most " + max + " characters.");
        }
        return stripped;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
