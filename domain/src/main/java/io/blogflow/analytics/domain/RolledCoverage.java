package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * How a report over {@code [start, end)} is read: the whole UTC days inside it that are rolled up come from the
 * rollups, everything else (the edges of a period in another zone, today, days not rolled yet) from the raw events.
 *
 * @param days the rolled UTC days (their starts) read from the rollups
 * @param raw  the time ranges read from the raw events, ascending, not touching each other
 */
public record RolledCoverage(List<Instant> days, List<Range> raw) {

    private static final Duration DAY = Duration.ofDays(1);

    public RolledCoverage {
        days = List.copyOf(days);
        raw = List.copyOf(raw);
    }

    public record Range(Instant from, Instant to) {
    }

    /** Everything from the raw events. */
    public static RolledCoverage raw(Instant start, Instant end) {
        return new RolledCoverage(List.of(), List.of(new Range(start, end)));
    }

    /** @param rolled the starts of the rolled UTC days (at least those within the period) */
    public static RolledCoverage of(Instant start, Instant end, SortedSet<Instant> rolled) {
        List<Instant> days = new ArrayList<>();
        List<Range> raw = new ArrayList<>();
        Instant cursor = start;
        for (Instant day : rolled.subSet(start, end)) {
            if (day.plus(DAY).isAfter(end)) {
                break;
            }
            if (cursor.isBefore(day)) {
                raw.add(new Range(cursor, day));
            }
            days.add(day);
            cursor = day.plus(DAY);
        }
        if (cursor.isBefore(end)) {
            raw.add(new Range(cursor, end));
        }
        return new RolledCoverage(days, raw);
    }

    /**
     * For hourly figures: the rolled UTC days touching {@code [start, end)} (even partly: their hours inside the
     * period are read from the hourly rollups) and the raw ranges left, within the period.
     */
    public static RolledCoverage touching(Instant start, Instant end, SortedSet<Instant> rolled) {
        Instant first = start.truncatedTo(ChronoUnit.DAYS);
        Instant last = end.truncatedTo(ChronoUnit.DAYS);
        RolledCoverage whole = of(first, last.equals(end) ? end : last.plus(DAY), rolled);
        List<Range> raw = new ArrayList<>();
        for (Range range : whole.raw) {
            Instant from = range.from.isBefore(start) ? start : range.from;
            Instant to = range.to.isAfter(end) ? end : range.to;
            if (from.isBefore(to)) {
                raw.add(new Range(from, to));
            }
        }
        return new RolledCoverage(whole.days, raw);
    }
}
