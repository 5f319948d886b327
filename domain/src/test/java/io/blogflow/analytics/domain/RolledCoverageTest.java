package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.domain.RolledCoverage.Range;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RolledCoverageTest {

    private static Instant at(String value) {
        return Instant.parse(value);
    }

    private static TreeSet<Instant> rolled(String... days) {
        TreeSet<Instant> set = new TreeSet<>();
        for (String day : days) {
            set.add(at(day + "T00:00:00Z"));
        }
        return set;
    }

    @Test
    void wholeRolledDaysComeFromTheRollupsAndTheZoneEdgesAndTodayFromRawEvents() {
        // Berlin, 2026-03-10..2026-03-12: 03-09 23:00Z to 03-12 23:00Z; 03-12 not rolled yet (today)
        RolledCoverage coverage = RolledCoverage.of(at("2026-03-09T23:00:00Z"), at("2026-03-12T23:00:00Z"),
                rolled("2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"));

        assertThat(coverage.days()).containsExactly(at("2026-03-10T00:00:00Z"), at("2026-03-11T00:00:00Z"));
        assertThat(coverage.raw()).containsExactly(
                new Range(at("2026-03-09T23:00:00Z"), at("2026-03-10T00:00:00Z")),
                new Range(at("2026-03-12T00:00:00Z"), at("2026-03-12T23:00:00Z")));
    }

    @Test
    void aGapInTheRolledDaysIsReadRawAndNothingRolledMeansAllRaw() {
        RolledCoverage gap = RolledCoverage.of(at("2026-03-01T00:00:00Z"), at("2026-03-04T00:00:00Z"),
                rolled("2026-03-01", "2026-03-03"));
        assertThat(gap.days()).containsExactly(at("2026-03-01T00:00:00Z"), at("2026-03-03T00:00:00Z"));
        assertThat(gap.raw()).containsExactly(new Range(at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z")));

        RolledCoverage none = RolledCoverage.of(at("2026-03-01T05:00:00Z"), at("2026-03-02T00:00:00Z"), rolled());
        assertThat(none.days()).isEmpty();
        assertThat(none.raw()).containsExactly(new Range(at("2026-03-01T05:00:00Z"), at("2026-03-02T00:00:00Z")));
    }

    @Test
    void hourlyReadsTakeTheRolledHoursOfPartlyCoveredDaysToo() {
        RolledCoverage coverage = RolledCoverage.touching(at("2026-03-09T23:00:00Z"), at("2026-03-11T23:00:00Z"),
                rolled("2026-03-09", "2026-03-10"));

        assertThat(coverage.days()).containsExactly(at("2026-03-09T00:00:00Z"), at("2026-03-10T00:00:00Z"));
        assertThat(coverage.raw()).isEqualTo(List.of(
                new Range(at("2026-03-11T00:00:00Z"), at("2026-03-11T23:00:00Z"))));
    }

    private static TreeSet<Instant> prefixes(String... ends) {
        TreeSet<Instant> set = new TreeSet<>();
        for (String end : ends) {
            set.add(at(end));
        }
        return set;
    }

    @Test
    void todayComesFromItsLatestPrefixAndTheRawEventsAfterIt() {
        RolledCoverage coverage = RolledCoverage.of(at("2026-03-10T00:00:00Z"), at("2026-03-12T00:00:00Z"),
                rolled("2026-03-10"), prefixes("2026-03-11T13:00:00Z", "2026-03-11T14:00:00Z"));

        assertThat(coverage.days()).containsExactly(at("2026-03-10T00:00:00Z"));
        assertThat(coverage.prefixes()).containsExactly(at("2026-03-11T14:00:00Z"));
        assertThat(coverage.continued())
                .contains(new Range(at("2026-03-11T14:00:00Z"), at("2026-03-12T00:00:00Z")));
        assertThat(coverage.raw()).isEmpty();
    }

    @Test
    void aZoneEdgeCutAtAnHourWithAPrefixComesFromItAndOtherwiseFromRawEvents() {
        // Berlin 03-10..03-11: 03-09 23:00Z to 03-11 23:00Z; 03-11 rolled whole, with its prefix up to 23:00
        RolledCoverage cut = RolledCoverage.of(at("2026-03-09T23:00:00Z"), at("2026-03-11T23:00:00Z"),
                rolled("2026-03-09", "2026-03-10", "2026-03-11"), prefixes("2026-03-11T22:00:00Z",
                        "2026-03-11T23:00:00Z"));
        assertThat(cut.days()).containsExactly(at("2026-03-10T00:00:00Z"));
        assertThat(cut.prefixes()).containsExactly(at("2026-03-11T23:00:00Z"));
        assertThat(cut.continued()).isEmpty();
        assertThat(cut.raw()).containsExactly(new Range(at("2026-03-09T23:00:00Z"), at("2026-03-10T00:00:00Z")));

        // a rolled day's prefix that does not end at the cut: its visitors are gone, so raw events
        RolledCoverage other = RolledCoverage.of(at("2026-03-10T00:00:00Z"), at("2026-03-11T23:00:00Z"),
                rolled("2026-03-10", "2026-03-11"), prefixes("2026-03-11T22:00:00Z"));
        assertThat(other.prefixes()).isEmpty();
        assertThat(other.raw()).containsExactly(new Range(at("2026-03-11T00:00:00Z"), at("2026-03-11T23:00:00Z")));
    }

    @Test
    void hourlyReadsTakeTodaysRolledHoursAndContinueAfterThem() {
        RolledCoverage coverage = RolledCoverage.touching(at("2026-03-09T23:00:00Z"), at("2026-03-11T23:00:00Z"),
                rolled("2026-03-09", "2026-03-10"), prefixes("2026-03-11T09:00:00Z", "2026-03-11T10:00:00Z"));

        assertThat(coverage.days()).containsExactly(at("2026-03-09T00:00:00Z"), at("2026-03-10T00:00:00Z"));
        assertThat(coverage.prefixes()).containsExactly(at("2026-03-11T10:00:00Z"));
        assertThat(coverage.continued())
                .contains(new Range(at("2026-03-11T10:00:00Z"), at("2026-03-11T23:00:00Z")));
        assertThat(coverage.raw()).isEmpty();
    }

    @Test
    void aRawRangeOfOneWholeRolledHourIsReadFromThatHoursRollupOthersStayRaw() {
        // 12 months in Berlin in winter: the start edge is 23:00 to midnight UTC; in summer two hours
        RolledCoverage winter = RolledCoverage.of(at("2025-12-05T23:00:00Z"), at("2025-12-08T00:00:00Z"),
                rolled("2025-12-06", "2025-12-07")).withRolledHours(new TreeSet<>(List.of(at("2025-12-05T23:00:00Z"))));
        assertThat(winter.hours()).containsExactly(at("2025-12-05T23:00:00Z"));
        assertThat(winter.raw()).isEmpty();
        assertThat(winter.days()).hasSize(2);

        RolledCoverage notRolled = RolledCoverage.of(at("2025-12-05T23:00:00Z"), at("2025-12-08T00:00:00Z"),
                rolled("2025-12-06", "2025-12-07")).withRolledHours(new TreeSet<>());
        assertThat(notRolled.hours()).isEmpty();
        assertThat(notRolled.raw()).containsExactly(new Range(at("2025-12-05T23:00:00Z"), at("2025-12-06T00:00:00Z")));

        TreeSet<Instant> summerHours = new TreeSet<>(List.of(at("2025-06-05T22:00:00Z"), at("2025-06-05T23:00:00Z")));
        RolledCoverage summer = RolledCoverage.of(at("2025-06-05T22:00:00Z"), at("2025-06-07T00:00:00Z"),
                rolled("2025-06-06")).withRolledHours(summerHours);
        assertThat(summer.hours()).isEmpty();
        assertThat(summer.raw()).containsExactly(new Range(at("2025-06-05T22:00:00Z"), at("2025-06-06T00:00:00Z")));

        // half an hour off (India): not a whole hour
        RolledCoverage india = RolledCoverage.of(at("2025-12-05T18:30:00Z"), at("2025-12-05T19:30:00Z"),
                rolled()).withRolledHours(new TreeSet<>(List.of(at("2025-12-05T18:00:00Z"))));
        assertThat(india.hours()).isEmpty();
    }
}
