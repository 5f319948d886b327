package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Optional;

/**
 * A path on the publication's own site, as a redirect source or target: starts with {@code /}, names no scheme or
 * host, has no query or fragment, no empty ({@code //}) or dot segments, at most {@value #MAX_LENGTH} characters. A
 * trailing slash is dropped ({@code /a/} is {@code /a}), so one page has one spelling.
 */
public record SitePath(String value) {

    public static final int MAX_LENGTH = 2000;

    public SitePath {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("path.required", "A site path is required, e.g. '/old-page'.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("path.too-long", "A site path has at most " + MAX_LENGTH + " characters.");
        }
        if (!value.startsWith("/") || value.startsWith("//")) {
            throw new InvalidValueException("path.not-site-path",
                    "A site path starts with a single '/' and names no scheme or host, e.g. '/old-page'.");
        }
        if (value.indexOf('?') >= 0 || value.indexOf('#') >= 0) {
            throw new InvalidValueException("path.query-or-fragment", "A site path has no query (?) or fragment (#).");
        }
        if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new InvalidValueException("path.invalid-characters", "A site path has no spaces or control characters.");
        }
        value = value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        if (value.contains("//")) {
            throw new InvalidValueException("path.empty-segment", "A site path has no empty segment ('//').");
        }
        for (String segment : value.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new InvalidValueException("path.dot-segment", "A site path has no '.' or '..' segment.");
            }
        }
    }

    /** The permalink path of a post: {@code /<slug>}. */
    public static SitePath ofPost(Slug slug) {
        return new SitePath("/" + slug.value());
    }

    /** The slug this path is the permalink of, when it is one segment shaped like a slug ({@code /my-post}). */
    public Optional<Slug> asSlug() {
        String segment = value.substring(1);
        try {
            return segment.isEmpty() || segment.contains("/") ? Optional.empty() : Optional.of(new Slug(segment));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
