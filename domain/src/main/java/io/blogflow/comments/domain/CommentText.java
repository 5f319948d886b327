package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A comment's body as written (a small Markdown subset). Never blank; the hard ceiling is {@link #HARD_MAX}
 * characters, the configured limits of {@link CommentPolicy} are usually lower.
 */
public record CommentText(String value) {

    public static final int HARD_MAX = 20_000;

    public CommentText {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("body.required", "body is required.");
        }
        if (value.length() > HARD_MAX) {
            throw new InvalidValueException("body.too-long", "body has at most " + HARD_MAX + " characters.");
        }
    }

    /**
     * SHA-256 of the text with case and whitespace folded: two submissions of the same words compare equal, which
     * the duplicate-body spam rule relies on.
     */
    public String digest() {
        String folded = value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
