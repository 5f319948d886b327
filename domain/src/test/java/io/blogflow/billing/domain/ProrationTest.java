package io.blogflow.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProrationTest {

    private final Instant start = Instant.parse("2026-04-01T00:00:00Z");
    private final Instant end = Instant.parse("2026-05-01T00:00:00Z"); // 30 days = 2 592 000 s

    @Test
    void aChangeHalfwayCreditsHalfTheOldPriceAndChargesHalfTheNew() {
        Proration proration = Proration.of(1900, 9900, start, end, Instant.parse("2026-04-16T00:00:00Z"));

        assertThat(proration.credit()).isEqualTo(-950);
        assertThat(proration.charge()).isEqualTo(4950);
    }

    @Test
    void itCountsBySecondAndRoundsHalfUp() {
        // one second left of 2 592 000: 9900 × 1 / 2 592 000 = 0.0038 → 0; 10 000 s → 38.19 → 38
        assertThat(Proration.of(0, 9900, start, end, end.minusSeconds(1)).charge()).isZero();
        assertThat(Proration.of(0, 9900, start, end, end.minusSeconds(10_000)).charge()).isEqualTo(38);
        assertThat(Proration.of(0, 2_592_000, start, end, end.minusSeconds(1)).charge()).isEqualTo(1);
    }

    @Test
    void aChangeAtTheVeryStartCreditsAndChargesTheWholePeriod() {
        Proration proration = Proration.of(1900, 9900, start, end, start);

        assertThat(proration.credit()).isEqualTo(-1900);
        assertThat(proration.charge()).isEqualTo(9900);
    }
}
