package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How a day prefix (its UTC day up to {@code end}) is rolled, given the day's latest prefix. The day's visitors and
 * values are those of its latest prefix only, so the next hour can be folded into it (one hour of raw events), while
 * any other prefix needs the day's raw events. Raw events are only ever added: a prefix counting as many events as
 * the hourly rollups of its hours is still exact.
 */
public enum PrefixRoll {
    /** The next hour folded into the latest prefix, which still counts its hours' events. */
    FOLD,
    /** Recomputed from the raw events: no latest prefix an hour before, it misses events, or the day is rolled. */
    RECOMPUTE,
    /** Rolled again with the events it counted: nothing to do. */
    UNCHANGED,
    /** Rolled again after late events: recomputed, then every later prefix of the day folded again from it. */
    RECOMPUTE_AND_FOLD_LATER;

    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * @param latest    the day's latest prefix rolled, if any
     * @param dayRolled whether the whole day is rolled (its visitors are gone)
     * @param upToDate  whether the prefix up to an instant counts the events its hours' rollups count
     */
    public static PrefixRoll of(Instant end, Optional<Instant> latest, boolean dayRolled,
                                Predicate<Instant> upToDate) {
        if (latest.isPresent() && !latest.get().isBefore(end)) {
            return upToDate.test(end) ? UNCHANGED : RECOMPUTE_AND_FOLD_LATER;
        }
        if (latest.isPresent() && latest.get().equals(end.minus(HOUR)) && !dayRolled && upToDate.test(latest.get())) {
            return FOLD;
        }
        return RECOMPUTE;
    }
}
