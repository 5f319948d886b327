package io.blogflow.llm.adapter.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30));

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresAndRefusesUntilItsTimeIsUp() {
        breaker.failed(t0);
        breaker.failed(t0);
        assertThat(breaker.allows(t0)).isTrue();

        breaker.failed(t0);

        assertThat(breaker.state(t0)).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allows(t0.plusSeconds(29))).isFalse();
        assertThat(breaker.retryAt(t0.plusSeconds(1))).isEqualTo(t0.plusSeconds(30));
    }

    @Test
    void aSuccessInBetweenResetsTheCount() {
        breaker.failed(t0);
        breaker.failed(t0);
        breaker.succeeded();
        breaker.failed(t0);
        breaker.failed(t0);

        assertThat(breaker.state(t0)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void afterItsTimeOneTrialGoesThroughAndItsSuccessClosesTheCircuit() {
        openAt(t0);
        Instant later = t0.plusSeconds(30);

        assertThat(breaker.allows(later)).isTrue();
        assertThat(breaker.allows(later)).as("only one trial at a time").isFalse();
        breaker.succeeded();

        assertThat(breaker.state(later)).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allows(later)).isTrue();
    }

    @Test
    void aFailedTrialOpensTheCircuitAgainAtOnce() {
        openAt(t0);
        Instant later = t0.plusSeconds(31);
        assertThat(breaker.allows(later)).isTrue();

        breaker.failed(later);

        assertThat(breaker.allows(later.plusSeconds(29))).isFalse();
        assertThat(breaker.allows(later.plusSeconds(30))).isTrue();
    }

    private void openAt(Instant at) {
        for (int i = 0; i < 3; i++) {
            breaker.failed(at);
        }
    }
}
