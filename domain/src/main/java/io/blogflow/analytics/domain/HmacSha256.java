package io.blogflow.analytics.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** HMAC-SHA256 (RFC 2104) over the JDK's SHA-256, so the domain stays free of javax. */
final class HmacSha256 {

    private static final int BLOCK = 64;

    private HmacSha256() {
    }

    static byte[] mac(byte[] key, byte[] message) {
        MessageDigest sha256 = sha256();
        byte[] k = key.length > BLOCK ? sha256.digest(key) : key;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            inner[i] = (byte) (b ^ 0x36);
            outer[i] = (byte) (b ^ 0x5c);
        }
        sha256.reset();
        sha256.update(inner);
        byte[] innerHash = sha256.digest(message);
        sha256.update(outer);
        return sha256.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
