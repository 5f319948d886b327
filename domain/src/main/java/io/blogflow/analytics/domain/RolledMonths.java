package io.blogflow.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rolled days of a period regrouped for breakdowns: the UTC months all of whose days are among them and whose
 * month rows exist (read as one row per value), and the days left (read day by day). A month's rows are the sums of
 * its days' rows, so both ways give the same figures.
 *
 * @param months the whole UTC months (their starts), ascending
 * @param days   the rolled days outside those months (their starts), ascending
 */
public record RolledMonths(List<Instant> months, List<Instant> days) {

    public RolledMonths {
        months = List.copyOf(months);
        days = List.copyOf(days);
    }

    /**
     * @param days         the rolled UTC days of the period (their starts), ascending
     * @param monthsRolled the UTC months (their starts) whose month rows exist
     */
    public static RolledMonths of(List<Instant> days, Set<Instant> monthsRolled) {
        Set<Instant> given = new HashSet<>(days);
        Map<YearMonth, Boolean> whole = new HashMap<>();
        List<Instant> months = new ArrayList<>();
        List<Instant> left = new ArrayList<>();
        for (Instant day : days) {
            YearMonth month = YearMonth.from(day.atOffset(ZoneOffset.UTC));
            if (whole.computeIfAbsent(month, m -> monthsRolled.contains(start(m.atDay(1))) && allDays(m, given))) {
                if (day.equals(start(month.atDay(1)))) {
                    months.add(day);
                }
            } else {
                left.add(day);
            }
        }
        return new RolledMonths(months, left);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean allDays(YearMonth month, Set<Instant> days) {
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            if (!days.contains(start(month.atDay(day)))) {
                return false;
            }
        }
        return true;
    }
}
