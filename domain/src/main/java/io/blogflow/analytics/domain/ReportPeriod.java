package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The days a report covers, in a time zone: {@code from}–{@code to} (inclusive dates) or a named period counted back
 * from today in that zone ({@code today}, {@code 7d}, {@code 30d}, {@code month}: this calendar month so far,
 * {@code 12mo}: the last twelve months). At most 400 days.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 400;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new InvalidValueException("analytics.period-invalid", "'to' is before 'from'.");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidValueException("analytics.period-too-long", "A period has at most 400 days.");
        }
    }

    /**
     * @param period a named period, or null when {@code from} and {@code to} are given
     * @param tz     an IANA zone id, UTC when null
     */
    public static ReportPeriod of(String period, String from, String to, String tz, Instant now) {
        ZoneId zone = zone(tz);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (period != null && (from != null || to != null)) {
            throw new InvalidValueException("analytics.period-invalid", "Give either period or from/to, not both.");
        }
        if (period == null && from == null && to == null) {
            return new ReportPeriod(today.minusDays(29), today, zone);
        }
        if (period != null) {
            return switch (period) {
                case "today" -> new ReportPeriod(today, today, zone);
                case "7d" -> new ReportPeriod(today.minusDays(6), today, zone);
                case "30d" -> new ReportPeriod(today.minusDays(29), today, zone);
                case "month" -> new ReportPeriod(today.withDayOfMonth(1), today, zone);
                case "12mo" -> new ReportPeriod(today.minusMonths(12).plusDays(1), today, zone);
                default -> throw new InvalidValueException("analytics.period-invalid",
                        "period is one of today, 7d, 30d, month, 12mo.");
            };
        }
        if (from == null || to == null) {
            throw new InvalidValueException("analytics.period-invalid", "Give both from and to (YYYY-MM-DD).");
        }
        return new ReportPeriod(date(from), date(to), zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: the start of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The period of as many days just before this one, to compare with. */
    public ReportPeriod previous() {
        long days = Duration.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).toDays();
        return new ReportPeriod(from.minusDays(days), from.minusDays(1), zone);
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new InvalidValueException("analytics.tz-invalid", "tz is an IANA time zone, e.g. Europe/Berlin.");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("analytics.date-invalid", "Dates are YYYY-MM-DD.");
        }
    }
}
