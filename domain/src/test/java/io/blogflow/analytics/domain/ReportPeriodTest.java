package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final Instant NOW = Instant.parse("2026-03-31T23:30:00Z");

    @Test
    void namedPeriodsCountBackFromTodayInTheZone() {
        ReportPeriod today = ReportPeriod.of("today", null, null, "Europe/Berlin", NOW);
        assertThat(today.from()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(today.start()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(today.end()).isEqualTo(Instant.parse("2026-04-01T22:00:00Z"));
        assertThat(ReportPeriod.of("7d", null, null, null, NOW).from()).isEqualTo(LocalDate.parse("2026-03-25"));
        assertThat(ReportPeriod.of("month", null, null, "UTC", NOW).from()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(ReportPeriod.of("12mo", null, null, "UTC", NOW).from()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(ReportPeriod.of(null, null, null, null, NOW).from()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void thePreviousPeriodIsAsLongAndEndsTheDayBefore() {
        ReportPeriod period = ReportPeriod.of(null, "2026-03-10", "2026-03-16", "UTC", NOW);
        assertThat(period.previous()).isEqualTo(new ReportPeriod(LocalDate.parse("2026-03-03"),
                LocalDate.parse("2026-03-09"), ZoneId.of("UTC")));
    }

    @Test
    void badPeriodsAreRefused() {
        assertThatThrownBy(() -> ReportPeriod.of("yesterday", null, null, null, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.of(null, "2026-03-10", null, null, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.of(null, "2026-03-10", "2026-03-01", null, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.of(null, "2024-01-01", "2026-03-01", null, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.of("7d", null, null, "Mars/Olympus", NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.of(null, "10.03.2026", "2026-03-11", null, NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void timeBucketsFollowTheZoneAndWeeksStartOnMonday() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(TimeBucket.DAY.startOf(Instant.parse("2026-03-31T22:30:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(TimeBucket.WEEK.startOf(Instant.parse("2026-04-02T10:00:00Z"), ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-03-30T00:00:00Z"));
        assertThat(TimeBucket.DAY.starts(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-30T22:00:00Z"),
                berlin)).hasSize(2).as("the DST day is 23 hours long")
                .containsExactly(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(TimeBucket.of("month")).isEqualTo(TimeBucket.MONTH);
        assertThatThrownBy(() -> TimeBucket.of("minute")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Dimension.of("cities")).isInstanceOf(InvalidValueException.class);
        assertThat(Dimension.of("os")).isEqualTo(Dimension.OS);
    }
}
