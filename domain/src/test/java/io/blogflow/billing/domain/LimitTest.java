package io.blogflow.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class LimitTest {

    @Test
    void withoutAnOveragePriceUsageStopsAtWhatIsIncluded() {
        assertThat(Limit.capped(50).ceiling()).isEqualTo(50);
        assertThat(new Limit(50, null, null).ceiling()).isEqualTo(50);
        assertThat(Limit.capped(50).overageCharge(80)).isZero();
    }

    @Test
    void anOveragePriceLetsUsageGrowUpToTheHardCapIfAny() {
        assertThat(new Limit(50, null, OveragePrice.flat(2, 1)).ceiling()).isNull();
        Limit capped = new Limit(50, 70L, OveragePrice.flat(2, 1));
        assertThat(capped.ceiling()).isEqualTo(70);
        assertThat(capped.overage(60)).isEqualTo(10);
        assertThat(capped.overageCharge(60)).isEqualTo(20);
    }

    @Test
    void aCapBelowWhatIsIncludedOrAboveItWithoutAPriceIsRefused() {
        assertThatThrownBy(() -> new Limit(50, 40L, OveragePrice.flat(1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Limit(50, 60L, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Limit(-1, null, null)).isInstanceOf(InvalidValueException.class);
    }
}
