package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RolledMonthsTest {

    private static Instant day(String value) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The days from {@code first} to {@code last}, both included. */
    private static List<Instant> days(String first, String last) {
        return Stream.iterate(LocalDate.parse(first), d -> !d.isAfter(LocalDate.parse(last)), d -> d.plusDays(1))
                .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).toList();
    }

    @Test
    void wholeRolledMonthsAreReadAsMonthsAndTheEdgeDaysAsDays() {
        // a year's period from 2025-12-07 to 2026-12-05: December and the last days partly, eleven months whole
        RolledMonths split = RolledMonths.of(days("2025-12-07", "2026-12-05"),
                Set.of(day("2025-12-01"), day("2026-01-01"), day("2026-02-01"), day("2026-11-01")));

        assertThat(split.months()).containsExactly(day("2026-01-01"), day("2026-02-01"), day("2026-11-01"));
        assertThat(split.days()).hasSize(25 + 31 * 5 + 30 * 3 + 5)
                .startsWith(day("2025-12-07")).endsWith(day("2026-12-05"))
                .doesNotContain(day("2026-01-15"), day("2026-02-28"), day("2026-11-30"))
                .contains(day("2026-03-01"), day("2026-10-31"));
    }

    @Test
    void aMonthWithADayNotRolledOrWithoutMonthRowsIsReadDayByDay() {
        List<Instant> gap = days("2024-02-01", "2024-02-29").stream()
                .filter(d -> !d.equals(day("2024-02-10"))).toList();

        assertThat(RolledMonths.of(gap, Set.of(day("2024-02-01"))))
                .isEqualTo(new RolledMonths(List.of(), gap));
        assertThat(RolledMonths.of(days("2024-02-01", "2024-02-29"), Set.of()).months()).isEmpty();
        assertThat(RolledMonths.of(days("2024-02-01", "2024-02-29"), Set.of(day("2024-02-01"))))
                .isEqualTo(new RolledMonths(List.of(day("2024-02-01")), List.of()));
        assertThat(RolledMonths.of(List.of(), Set.of(day("2024-02-01")))).isEqualTo(
                new RolledMonths(List.of(), List.of()));
    }
}
