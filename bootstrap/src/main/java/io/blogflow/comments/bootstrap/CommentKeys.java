package io.blogflow.comments.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The comments context's keys, derived (HMAC-SHA256 with a label) from one master key: the configured
 * BLOGFLOW_COMMENTS_HASH_KEY, else the LLM encryption key, so a fresh install needs nothing more.
 */
public final class CommentKeys {

    static final String VARIABLE = "BLOGFLOW_COMMENTS_HASH_KEY";

    private final byte[] master;

    CommentKeys(Optional<String> configured, Optional<String> fallback) {
        String encoded = configured.filter(key -> !key.isBlank()).or(() -> fallback.filter(key -> !key.isBlank()))
                .orElseThrow(() -> new IllegalStateException("No key for comment email fingerprints: set "
                        + VARIABLE + " (or BLOGFLOW_LLM_ENCRYPTION_KEY) to 32 random bytes in base64."));
        try {
            master = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + " must be base64 (e.g. openssl rand -base64 32).");
        }
        if (master.length < 32) {
            throw new IllegalStateException(VARIABLE + " must decode to at least 32 bytes.");
        }
    }

    byte[] derive(String label) {
        return hmac(master, label);
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static boolean sameBytes(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
