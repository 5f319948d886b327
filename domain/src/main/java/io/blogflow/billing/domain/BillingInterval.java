package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/** How often a subscription is billed. Periods are anchored at the start: the n-th ends n intervals after it. */
public enum BillingInterval {
    MONTH, YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The end of the n-th period after {@code anchor}, counted from the anchor each time so a subscription started on
     * 31 January renews on 28 February and then on 31 March, not on the 28th forever.
     */
    public Instant periodEnd(Instant anchor, long n) {
        ZonedDateTime start = anchor.atZone(ZoneOffset.UTC);
        return (this == MONTH ? start.plusMonths(n) : start.plusYears(n)).toInstant();
    }

    /** The end of the period that contains {@code instant} (the first period end after it). */
    public Instant periodEndAfter(Instant anchor, Instant instant) {
        ZonedDateTime start = anchor.atZone(ZoneOffset.UTC);
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        long n = Math.max(1, this == MONTH ? java.time.temporal.ChronoUnit.MONTHS.between(start, at)
                : java.time.temporal.ChronoUnit.YEARS.between(start, at));
        while (!periodEnd(anchor, n).isAfter(instant)) {
            n++;
        }
        while (n > 1 && periodEnd(anchor, n - 1).isAfter(instant)) {
            n--;
        }
        return periodEnd(anchor, n);
    }

    public static BillingInterval parse(String raw) {
        if (raw == null) {
            return MONTH;
        }
        return switch (raw) {
            case "month" -> MONTH;
            case "year" -> YEAR;
            default -> throw new InvalidValueException("interval.invalid", "interval must be month or year.");
        };
    }
}
