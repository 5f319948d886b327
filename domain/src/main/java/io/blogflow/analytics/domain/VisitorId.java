package io.blogflow.analytics.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An anonymous visitor on one day: the first 64 bits of HMAC-SHA256(daily salt, site ‖ IP ‖ user agent). Neither the
 * address nor the user agent is kept; once the salt is deleted the id cannot be linked to them again.
 */
public record VisitorId(long value) {

    private static final char SEPARATOR = '\u001f';

    static VisitorId of(byte[] salt, String site, String ip, String userAgent) {
        String message = nullToEmpty(site) + SEPARATOR + nullToEmpty(ip) + SEPARATOR + nullToEmpty(userAgent);
        byte[] mac = HmacSha256.mac(salt, message.getBytes(StandardCharsets.UTF_8));
        return new VisitorId(ByteBuffer.wrap(mac, 0, Long.BYTES).getLong());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
