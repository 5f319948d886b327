package io.blogflow.comments.domain;

import java.util.regex.Pattern;

/**
 * A keyed hash (HMAC) of a normalised email address: lets blogflow recognise a returning commenter ("previously
 * approved author") and find a person's comments without storing or comparing the address in the clear.
 */
public record EmailFingerprint(String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public EmailFingerprint {
        if (value == null || !HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("An email fingerprint is 64 lower-case hex digits");
        }
    }
}
