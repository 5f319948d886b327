package io.blogflow.engagement.adapter.crypto;

import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.engagement.domain.VisitorKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 fingerprints. The key is derived from the server's secret for one purpose only (domain separation),
 * so a fingerprint can neither be reversed nor matched against the same value hashed for another purpose.
 */
public final class HmacFingerprints implements Fingerprints {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec visitorKey;
    private final SecretKeySpec emailKey;
    private final SecretKeySpec tokenKey;
    private final SecretKeySpec unsubscribeKey;

    /** @param secret the server's secret (at least 32 bytes) */
    public HmacFingerprints(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("A fingerprint secret has at least 32 bytes");
        }
        SecretKeySpec root = new SecretKeySpec(secret, ALGORITHM);
        this.visitorKey = new SecretKeySpec(mac(root, "blogflow/visitor-fingerprint"), ALGORITHM);
        this.emailKey = new SecretKeySpec(mac(root, "blogflow/subscriber-email"), ALGORITHM);
        this.tokenKey = new SecretKeySpec(mac(root, "blogflow/email-token"), ALGORITHM);
        this.unsubscribeKey = new SecretKeySpec(mac(root, "blogflow/unsubscribe"), ALGORITHM);
    }

    @Override
    public Fingerprint of(VisitorKey visitor) {
        return new Fingerprint(HexFormat.of().formatHex(mac(visitorKey, visitor.value())));
    }

    @Override
    public Fingerprint of(SubscriberEmail email) {
        return new Fingerprint(HexFormat.of().formatHex(mac(emailKey, email.value())));
    }

    @Override
    public Fingerprint ofToken(String token) {
        return new Fingerprint(HexFormat.of().formatHex(mac(tokenKey, token)));
    }

    @Override
    public Fingerprint unsubscribeProof(SubscriberId subscriber) {
        return new Fingerprint(HexFormat.of().formatHex(mac(unsubscribeKey, subscriber.value().toString())));
    }

    private static byte[] mac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA-256", e);
        }
    }
}
