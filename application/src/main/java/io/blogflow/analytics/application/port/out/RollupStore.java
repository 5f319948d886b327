package io.blogflow.analytics.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The aggregates of raw events by window, and the record of which windows are rolled. */
public interface RollupStore {

    enum Granularity {
        HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1));

        private final Duration length;

        Granularity(Duration length) {
            this.length = length;
        }

        public Duration length() {
            return length;
        }
    }

    /** The time of the oldest raw event, where catching up starts when nothing was rolled yet. */
    Optional<Instant> earliestEvent();

    /** The start of the latest rolled window of the granularity. */
    Optional<Instant> latestRolled(Granularity granularity);

    /** Windows rolled before {@code lag} after their end had passed: late events may still arrive for them. */
    List<Instant> rolledTooEarly(Granularity granularity, Duration lag, Instant now);

    /**
     * Recomputes one window from the raw events (replacing whatever it had) and records it rolled at {@code now}, in
     * the caller's transaction; returns false, changing nothing, when another instance is rolling it right now.
     *
     * @return the posts with figures in the window, or empty when the window was skipped
     */
    Optional<Set<UUID>> roll(Granularity granularity, Instant start, Instant now);

    /**
     * Recomputes the figures of {@code end}'s UTC day from its midnight up to {@code end} (a day prefix: the site's
     * and every post's), in the caller's transaction; when {@code end} is the day's latest prefix, also the day's
     * visitors so far (with the visit each has open at {@code end}) and the hours' first-seen visitors, which is
     * what lets a read continue the prefix with the raw events after it.
     */
    void rollPrefix(Instant end, Instant now);

    /** Recomputes the posts' all-time figures in {@code post_analytics} from the rollups. */
    void refreshPostAnalytics(Set<UUID> posts, Instant now);
}
