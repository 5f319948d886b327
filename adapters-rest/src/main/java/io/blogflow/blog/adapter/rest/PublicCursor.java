package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.application.port.out.PostCursor;
import io.blogflow.shared.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * The public list's {@code cursor} parameter: an opaque token to clients, base64url (no padding) of
 * {@code <sort>~<key>~<post id>} (e.g. {@code newest~1767225600000000~<uuid>}, the key being the sort column as
 * {@link PostCursor} writes it). Anything else is a 400 {@code cursor.invalid}.
 */
final class PublicCursor {

    private static final char SEPARATOR = '~';
    private static final int MAX_LENGTH = 1_000;

    private PublicCursor() {
    }

    static String encode(PostCursor cursor) {
        if (cursor == null) {
            return null;
        }
        String plain = cursor.sort().name().toLowerCase(Locale.ROOT) + SEPARATOR + cursor.key() + SEPARATOR
                + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a request, or null when none was sent. */
    static PostCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            if (token.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int first = plain.indexOf(SEPARATOR);
            int last = plain.lastIndexOf(SEPARATOR);
            var sort = PublicPostQuery.Sort.valueOf(plain.substring(0, first).toUpperCase(Locale.ROOT));
            var cursor = new PostCursor(sort, plain.substring(first + 1, last), UUID.fromString(plain.substring(last + 1)));
            switch (sort) { // the key must read back as its column's type
                case NEWEST, OLDEST -> cursor.instant();
                case POPULAR -> cursor.views();
                case TITLE -> { }
            }
            return cursor;
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor.invalid", "cursor is not one this service gave out: use the "
                    + "nextCursor of a page (or its Link rel=\"next\") as it is.");
        }
    }
}
