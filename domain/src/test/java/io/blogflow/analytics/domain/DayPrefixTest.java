package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DayPrefixTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:05:00Z");

    @Test
    void anHourOfTodayOrYesterdayRollsItsDayUpToItsEnd() {
        assertThat(DayPrefix.after(Instant.parse("2026-03-10T13:00:00Z"), NOW))
                .contains(Instant.parse("2026-03-10T14:00:00Z"));
        assertThat(DayPrefix.after(Instant.parse("2026-03-10T00:00:00Z"), NOW))
                .contains(Instant.parse("2026-03-10T01:00:00Z"));
        assertThat(DayPrefix.after(Instant.parse("2026-03-09T21:00:00Z"), NOW))
                .contains(Instant.parse("2026-03-09T22:00:00Z"));
    }

    @Test
    void theLastHourOfADayAndOlderDaysHaveNoPrefix() {
        assertThat(DayPrefix.after(Instant.parse("2026-03-09T23:00:00Z"), NOW)).isEmpty();
        assertThat(DayPrefix.after(Instant.parse("2026-03-08T12:00:00Z"), NOW)).isEmpty();
    }
}
