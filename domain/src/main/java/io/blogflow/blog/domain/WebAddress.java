package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An absolute http(s) URL of at most 2000 characters (canonical URLs, social images). */
public record WebAddress(String value) {

    public static final int MAX_LENGTH = 2000;

    public WebAddress {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH || !isAbsoluteHttp(value.strip())) {
            throw new InvalidValueException("url.invalid",
                    "must be an absolute http or https URL of at most " + MAX_LENGTH + " characters.");
        }
        value = value.strip();
    }

    /** {@code null} for an absent or blank value. */
    public static WebAddress optional(String value) {
        return value == null || value.isBlank() ? null : new WebAddress(value);
    }

    private static boolean isAbsoluteHttp(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
