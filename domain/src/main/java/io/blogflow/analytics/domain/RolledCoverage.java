package io.blogflow.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a report over {@code [start, end)} is read: the whole UTC days inside it that are rolled up come from the
 * rollups; a day's part from its midnight to a complete hour ({@code prefixes}, rolled as today progresses) from
 * that day's rollup up to the hour; the raw events after the latest such hour of a day not rolled yet
 * ({@code continued}: today's last hour, merged with the visitors and open visits of the day so far); everything
 * else (the start edge of a period in another zone, days not rolled) from the raw events, except a raw range that is
 * one whole rolled UTC hour ({@code hours}, see {@link #withRolledHours(SortedSet)}).
 *
 * @param days      the rolled UTC days (their starts) read from the rollups
 * @param prefixes  ends of day prefixes {@code [midnight, end)} read from the rollups (their hours, for hourly reads)
 * @param continued raw events right after the latest prefix of their day, continuing it
 * @param raw       the time ranges read from the raw events, ascending, not touching each other
 * @param hours     whole UTC hours (their starts) read from their hourly rollup
 */
public record RolledCoverage(List<Instant> days, List<Instant> prefixes, Optional<Range> continued, List<Range> raw,
                             List<Instant> hours) {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    public RolledCoverage {
        days = List.copyOf(days);
        prefixes = List.copyOf(prefixes);
        raw = List.copyOf(raw);
        hours = List.copyOf(hours);
    }

    public RolledCoverage(List<Instant> days, List<Instant> prefixes, Optional<Range> continued, List<Range> raw) {
        this(days, prefixes, continued, raw, List.of());
    }

    public RolledCoverage(List<Instant> days, List<Range> raw) {
        this(days, List.of(), Optional.empty(), raw);
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
     * Totals: as {@link #of(Instant, Instant, SortedSet)}, and a raw range ending inside a day, from that day's
     * midnight on, comes from the day's rollup up to its end when there is one (a period edge cut at that hour); at
     * the period's end, in a day not rolled yet, from the latest one before and the raw events after it.
     *
     * @param prefixes ends of the rolled day prefixes
     */
    public static RolledCoverage of(Instant start, Instant end, SortedSet<Instant> rolled,
                                    SortedSet<Instant> prefixes) {
        RolledCoverage whole = of(start, end, rolled);
        List<Range> raw = new ArrayList<>(whole.raw);
        if (raw.isEmpty()) {
            return whole;
        }
        List<Instant> used = new ArrayList<>();
        Optional<Range> continued = Optional.empty();
        Range last = raw.get(raw.size() - 1);
        Instant day = dayOf(last.to);
        if (!last.from.isAfter(day)) {
            Optional<Instant> prefix = prefixes.contains(last.to) ? Optional.of(last.to)
                    : latest(prefixes, day, day.plus(DAY))
                            .filter(p -> p.isBefore(last.to) && last.to.equals(end) && !rolled.contains(day));
            if (prefix.isPresent()) {
                used.add(prefix.get());
                if (prefix.get().isBefore(last.to)) {
                    continued = Optional.of(new Range(prefix.get(), last.to));
                }
                raw.remove(raw.size() - 1);
                if (last.from.isBefore(day)) {
                    raw.add(new Range(last.from, day));
                }
            }
        }
        return new RolledCoverage(whole.days, used, continued, raw);
    }

    /**
     * For hourly figures: the rolled UTC days touching {@code [start, end)} (even partly: their hours inside the
     * period are read from the hourly rollups) and the raw ranges left, within the period.
     */
    public static RolledCoverage touching(Instant start, Instant end, SortedSet<Instant> rolled) {
        return touching(start, end, rolled, new TreeSet<>());
    }

    /**
     * As {@link #touching(Instant, Instant, SortedSet)}, and the period's last day, when not rolled yet, from its
     * latest prefix's hours and the raw events after them.
     */
    public static RolledCoverage touching(Instant start, Instant end, SortedSet<Instant> rolled,
                                          SortedSet<Instant> prefixes) {
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
        if (raw.isEmpty() || !raw.get(raw.size() - 1).to.equals(end)) {
            return new RolledCoverage(whole.days, raw);
        }
        Range tail = raw.get(raw.size() - 1);
        Instant day = dayOf(end);
        Instant from = tail.from.isAfter(day) ? tail.from : day;
        Optional<Instant> prefix = latest(prefixes, from, day.plus(DAY));
        if (rolled.contains(day) || prefix.isEmpty()) {
            return new RolledCoverage(whole.days, raw);
        }
        raw.remove(raw.size() - 1);
        if (tail.from.isBefore(day)) {
            raw.add(new Range(tail.from, day));
        }
        Optional<Range> continued = prefix.get().isBefore(end)
                ? Optional.of(new Range(prefix.get(), end)) : Optional.empty();
        return new RolledCoverage(whole.days, List.of(prefix.get()), continued, raw);
    }

    /**
     * The same coverage with each raw range that is exactly one UTC hour rolled up ({@code rolledHours}: their starts)
     * read from that hour's rollup instead: the start edge of a period in a zone one hour east of UTC (Berlin in
     * winter). Exact: an hour's rollup finds the visits within the hour, as a raw read of that hour alone does.
     * Longer edges stay raw (hourly rollups would count a visitor of two hours, or a visit across them, twice).
     */
    public RolledCoverage withRolledHours(SortedSet<Instant> rolledHours) {
        List<Range> left = new ArrayList<>();
        List<Instant> found = new ArrayList<>(hours);
        for (Range range : raw) {
            boolean wholeHour = range.from.truncatedTo(ChronoUnit.HOURS).equals(range.from)
                    && range.from.plus(HOUR).equals(range.to);
            if (wholeHour && rolledHours.contains(range.from)) {
                found.add(range.from);
            } else {
                left.add(range);
            }
        }
        return new RolledCoverage(days, prefixes, continued, left, found);
    }

    /** The UTC day an instant just before {@code end} falls in. */
    private static Instant dayOf(Instant end) {
        return end.minusNanos(1).truncatedTo(ChronoUnit.DAYS);
    }

    /** The latest prefix end in {@code (after, before)}. */
    private static Optional<Instant> latest(SortedSet<Instant> prefixes, Instant after, Instant before) {
        SortedSet<Instant> within = prefixes.subSet(after.plusNanos(1), before);
        return within.isEmpty() ? Optional.empty() : Optional.of(within.last());
    }
}
