package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefixRollTest {

    private static final Instant NINE = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-06T11:00:00Z");

    @Test
    void theNextHourIsFoldedIntoTheLatestPrefixWhileItCountsItsHoursEvents() {
        assertThat(PrefixRoll.of(ELEVEN, Optional.of(TEN), false, at -> true)).isEqualTo(PrefixRoll.FOLD);
    }

    @Test
    void withoutTheLatestPrefixAnHourBeforeOrWithLateEventsInItOrOnARolledDayThePrefixIsRecomputed() {
        // the day's first hour, or catching up after downtime
        assertThat(PrefixRoll.of(ELEVEN, Optional.empty(), false, at -> true)).isEqualTo(PrefixRoll.RECOMPUTE);
        assertThat(PrefixRoll.of(ELEVEN, Optional.of(NINE), false, at -> true)).isEqualTo(PrefixRoll.RECOMPUTE);
        // an hour before the latest prefix got late events not rolled into it yet
        assertThat(PrefixRoll.of(ELEVEN, Optional.of(TEN), false, at -> false)).isEqualTo(PrefixRoll.RECOMPUTE);
        // rolling the whole day deleted its visitors
        assertThat(PrefixRoll.of(ELEVEN, Optional.of(TEN), true, at -> true)).isEqualTo(PrefixRoll.RECOMPUTE);
    }

    @Test
    void aPrefixRolledAgainIsLeftAloneUnlessItsHoursGotLateEventsThenLaterPrefixesAreFoldedAgain() {
        assertThat(PrefixRoll.of(TEN, Optional.of(TEN), false, at -> true)).isEqualTo(PrefixRoll.UNCHANGED);
        assertThat(PrefixRoll.of(TEN, Optional.of(ELEVEN), false, at -> true)).isEqualTo(PrefixRoll.UNCHANGED);
        assertThat(PrefixRoll.of(TEN, Optional.of(ELEVEN), false, at -> !at.equals(TEN)))
                .isEqualTo(PrefixRoll.RECOMPUTE_AND_FOLD_LATER);
        assertThat(PrefixRoll.of(TEN, Optional.of(TEN), true, Set.of()::contains))
                .isEqualTo(PrefixRoll.RECOMPUTE_AND_FOLD_LATER);
    }
}
