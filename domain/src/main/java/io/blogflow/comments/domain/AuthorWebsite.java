package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A commenter's optional website: an absolute http(s) address of at most 300 characters. */
public record AuthorWebsite(String value) {

    public static final int MAX = 300;

    public AuthorWebsite {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX) {
            throw new InvalidValueException("authorUrl.too-long", "authorUrl has at most " + MAX + " characters.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("authorUrl.invalid", "authorUrl is not a web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidValueException("authorUrl.invalid", "authorUrl is an absolute http or https address.");
        }
    }

    public String host() {
        return URI.create(value).getHost().toLowerCase(Locale.ROOT);
    }
}
