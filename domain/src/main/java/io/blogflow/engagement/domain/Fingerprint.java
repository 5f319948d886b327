package io.blogflow.engagement.domain;

import java.util.regex.Pattern;

/** The keyed hash (HMAC-SHA-256, hex) of a visitor key or an email address: what the database keeps. */
public record Fingerprint(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Fingerprint {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("A fingerprint is 64 lower-case hex digits");
        }
    }
}
