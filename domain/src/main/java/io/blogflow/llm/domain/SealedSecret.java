package io.blogflow.llm.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secret in its encrypted form, as stored: opaque bytes only the configured cipher can open. Holding one says a
 * secret exists without revealing it.
 */
public final class SealedSecret {

    private final byte[] bytes;

    public SealedSecret(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("A sealed secret has bytes");
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret sealed && Arrays.equals(bytes, sealed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the bytes: a sealed secret must not end up in logs, even encrypted. */
    @Override
    public String toString() {
        return "SealedSecret[" + bytes.length + " bytes]";
    }
}
