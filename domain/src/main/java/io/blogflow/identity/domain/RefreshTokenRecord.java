package io.blogflow.identity.domain;

import java.time.Duration;
import java.time.Instant;

/** What is stored about one issued refresh token: its hash, its session, and when it was rotated (if it was). */
public record RefreshTokenRecord(String tokenHash, SessionId sessionId, Instant issuedAt, Instant rotatedAt) {

    public enum Use {
        /** The current token: rotate it. */
        ROTATE,
        /** Rotated moments ago (two tabs refreshing at once): tolerated, a sibling token is issued. */
        CONCURRENT_WITHIN_GRACE,
        /** Rotated earlier: someone replays an old token, so the whole session is revoked. */
        REUSE
    }

    public Use classify(Instant now, Duration grace) {
        if (rotatedAt == null) {
            return Use.ROTATE;
        }
        return now.isAfter(rotatedAt.plus(grace)) ? Use.REUSE : Use.CONCURRENT_WITHIN_GRACE;
    }

    public RefreshTokenRecord rotated(Instant now) {
        return new RefreshTokenRecord(tokenHash, sessionId, issuedAt, now);
    }
}
