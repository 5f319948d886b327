package io.blogflow.comments.domain;

import java.util.Arrays;
import java.util.Objects;

/** A commenter's email address encrypted at rest: opaque bytes only the configured cipher opens. */
public final class SealedEmail {

    private final byte[] bytes;

    public SealedEmail(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("A sealed email has bytes");
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedEmail sealed && Arrays.equals(bytes, sealed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedEmail[" + bytes.length + " bytes]";
    }
}
