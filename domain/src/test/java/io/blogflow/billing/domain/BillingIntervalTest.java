package io.blogflow.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingIntervalTest {

    private final Instant anchor = Instant.parse("2026-01-31T10:00:00Z");

    @Test
    void monthlyPeriodsAreCountedFromTheAnchorSoTheMonthEndComesBack() {
        assertThat(BillingInterval.MONTH.periodEnd(anchor, 1)).isEqualTo("2026-02-28T10:00:00Z");
        assertThat(BillingInterval.MONTH.periodEnd(anchor, 2)).isEqualTo("2026-03-31T10:00:00Z");
        assertThat(BillingInterval.YEAR.periodEnd(Instant.parse("2024-02-29T00:00:00Z"), 1))
                .isEqualTo("2025-02-28T00:00:00Z");
    }

    @Test
    void thePeriodContainingAnInstantEndsAtTheFirstPeriodEndAfterIt() {
        assertThat(BillingInterval.MONTH.periodEndAfter(anchor, anchor)).isEqualTo("2026-02-28T10:00:00Z");
        assertThat(BillingInterval.MONTH.periodEndAfter(anchor, Instant.parse("2026-02-28T10:00:00Z")))
                .isEqualTo("2026-03-31T10:00:00Z");
        assertThat(BillingInterval.MONTH.periodEndAfter(anchor, Instant.parse("2026-07-15T00:00:00Z")))
                .isEqualTo("2026-07-31T10:00:00Z");
    }
}
