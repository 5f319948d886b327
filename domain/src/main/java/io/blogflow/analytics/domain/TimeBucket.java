package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The step of a time series, in the report's time zone (weeks start on Monday). */
public enum TimeBucket {
    HOUR, DAY, WEEK, MONTH;

    public static TimeBucket of(String name) {
        for (TimeBucket bucket : values()) {
            if (bucket.code().equals(name)) {
                return bucket;
            }
        }
        throw new InvalidValueException("analytics.interval-unknown", "interval is one of hour, day, week, month.");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The start of the bucket an instant falls in. */
    public Instant startOf(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime start = switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
        return start.toInstant();
    }

    /** Every bucket start from the one holding {@code start} up to {@code end} (exclusive). */
    public List<Instant> starts(Instant start, Instant end, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        ZonedDateTime at = startOf(start, zone).atZone(zone);
        while (at.toInstant().isBefore(end)) {
            starts.add(at.toInstant());
            at = switch (this) {
                case HOUR -> at.plusHours(1);
                case DAY -> at.plusDays(1);
                case WEEK -> at.plusWeeks(1);
                case MONTH -> at.plusMonths(1);
            };
        }
        return starts;
    }
}
