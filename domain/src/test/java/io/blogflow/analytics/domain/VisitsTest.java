package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.analytics.domain.Visits.Hit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitsTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final EventName CLICK = new EventName("click");

    private static Hit hit(int minutes, EventName name) {
        return new Hit(T.plus(Duration.ofMinutes(minutes)), name);
    }

    @Test
    void aVisitEndsAfterThirtyMinutesWithoutAnEvent() {
        List<Visit> visits = Visits.of(List.of(hit(0, EventName.PAGEVIEW), hit(30, EventName.PAGEVIEW),
                hit(61, EventName.PAGEVIEW)));
        assertThat(visits).hasSize(2);
        assertThat(visits.get(0).pageviews()).isEqualTo(2);
        assertThat(visits.get(0).duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(visits.get(1).start()).isEqualTo(T.plus(Duration.ofMinutes(61)));
    }

    @Test
    void hitsAreOrderedByTimeFirst() {
        assertThat(Visits.of(List.of(hit(50, EventName.PAGEVIEW), hit(0, EventName.PAGEVIEW),
                hit(25, EventName.PAGEVIEW)))).hasSize(1);
    }

    @Test
    void aVisitWithOnePageviewAndNothingInteractiveIsABounce() {
        assertThat(Visits.of(List.of(hit(0, EventName.PAGEVIEW))).get(0).isBounce()).isTrue();
        assertThat(Visits.of(List.of(hit(0, EventName.PAGEVIEW), hit(1, EventName.ENGAGEMENT))).get(0).isBounce())
                .as("the automatic engagement ping is not an interaction").isTrue();
    }

    @Test
    void anInteractiveEventOrASecondPageviewIsNoBounce() {
        assertThat(Visits.of(List.of(hit(0, EventName.PAGEVIEW), hit(1, CLICK))).get(0).isBounce()).isFalse();
        assertThat(Visits.of(List.of(hit(0, EventName.PAGEVIEW), hit(1, EventName.PAGEVIEW))).get(0).isBounce())
                .isFalse();
        assertThat(Visits.of(List.of(hit(0, EventName.PAGEVIEW), hit(1, new EventName("signup")))).get(0)
                .isBounce()).isFalse();
    }

    @Test
    void exactlyThirtyMinutesLaterStillContinuesTheVisit() {
        assertThat(Visits.continues(T, T.plus(Visits.IDLE_TIMEOUT))).isTrue();
        assertThat(Visits.continues(T, T.plus(Visits.IDLE_TIMEOUT).plusMillis(1))).isFalse();
    }
}
