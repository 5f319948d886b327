package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which rolled hours also roll their UTC day up to their end (a day prefix): the hours of today and yesterday
 * whose end is not midnight (a whole day has its own rollup). Today's latest prefix bounds what dashboards read
 * from raw events to the hour in progress; the prefixes kept are also the exact figures of period edges cut at that
 * hour. Older days are left alone, so catching up after downtime does not read each day 23 times.
 */
public final class DayPrefix {

    private static final Duration HOUR = Duration.ofHours(1);

    private DayPrefix() {
    }

    /** The end of the prefix to roll with the hour starting at {@code hour}, rolled at {@code now}, if any. */
    public static Optional<Instant> after(Instant hour, Instant now) {
        Instant end = hour.plus(HOUR);
        Instant yesterday = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        if (end.equals(end.truncatedTo(ChronoUnit.DAYS)) || hour.isBefore(yesterday)) {
            return Optional.empty();
        }
        return Optional.of(end);
    }
}
