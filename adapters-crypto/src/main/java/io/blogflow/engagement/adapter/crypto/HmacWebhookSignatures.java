package io.blogflow.engagement.adapter.crypto;

import io.blogflow.engagement.application.port.out.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Blogflow-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]} where each {@code v1} may be
 * HMAC-SHA256(secret, {@code t + "." + raw body}) in lower-case hex (the scheme Stripe and Standard Webhooks use). A
 * delivery verifies when one {@code v1} matches (compared in constant time) and {@code t} is within the tolerance of
 * now, either way (a replay after the tolerance is refused).
 */
public final class HmacWebhookSignatures implements WebhookSignatures {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration tolerance;
    private final Clock clock;

    /** @param secret the shared secret's bytes; null or empty: none configured, nothing verifies */
    public HmacWebhookSignatures(byte[] secret, Duration tolerance, Clock clock) {
        this.key = secret == null || secret.length == 0 ? null : new SecretKeySpec(secret, ALGORITHM);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    @Override
    public boolean configured() {
        return key != null;
    }

    @Override
    public boolean verifies(byte[] body, String header) {
        if (key == null || header == null || body == null) {
            return false;
        }
        Long timestamp = null;
        List<byte[]> candidates = new ArrayList<>();
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            try {
                if (name.equals("t") && timestamp == null) {
                    timestamp = Long.parseLong(value);
                } else if (name.equals("v1")) {
                    candidates.add(HexFormat.of().parseHex(value));
                }
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        if (timestamp == null || candidates.isEmpty()
                || Math.abs(clock.instant().getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(timestamp, body);
        boolean matched = false;
        for (byte[] candidate : candidates) {
            matched |= MessageDigest.isEqual(expected, candidate);
        }
        return matched;
    }

    /** The signature of a body at a time: what a sender puts in {@code v1}. */
    public byte[] sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA-256", e);
        }
    }
}
