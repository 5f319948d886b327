package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

/**
 * The random key visitor ids are hashed with on one UTC day. Only today's and yesterday's are kept (a visit that spans
 * midnight is looked up under both); a salt is deleted 48 hours after its day began, so a visitor id cannot be
 * recomputed afterwards.
 */
public record DailySalt(LocalDate day, byte[] key) {

    public static final int KEY_BYTES = 32;
    public static final Duration LIFETIME = Duration.ofHours(48);

    public DailySalt {
        Objects.requireNonNull(day, "day");
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A daily salt is 32 random bytes");
        }
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /** The UTC day an instant falls on: the day whose salt is current then. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Whether the salt must be gone at {@code now}: 48 hours after its day began. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(LIFETIME));
    }

    /** The visitor id of a client under this salt. */
    public VisitorId visitor(String site, String ip, String userAgent) {
        return VisitorId.of(key, site, ip, userAgent);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DailySalt salt && salt.day.equals(day) && Arrays.equals(salt.key, key);
    }

    @Override
    public int hashCode() {
        return day.hashCode() * 31 + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "DailySalt[" + day + "]";
    }
}
