package io.blogflow.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OveragePriceTest {

    private final OveragePrice graduated = new OveragePrice(1, List.of(new PriceTier(1000L, 2),
            new PriceTier(null, 1)));

    @Test
    void eachTierPricesOnlyTheUnitsThatFallIntoIt() {
        assertThat(graduated.charge(0)).isZero();
        assertThat(graduated.charge(1)).isEqualTo(2);
        assertThat(graduated.charge(1000)).isEqualTo(2000);
        assertThat(graduated.charge(1500)).isEqualTo(2000 + 500);
    }

    @Test
    void pricesPerBlockOfUnitsAreRoundedOnceHalfUp() {
        OveragePrice perHundredThousand = OveragePrice.flat(20, 100_000);

        assertThat(perHundredThousand.charge(100_000)).isEqualTo(20);
        assertThat(perHundredThousand.charge(2_500)).isEqualTo(1); // 0.5 cent rounds up
        assertThat(perHundredThousand.charge(2_499)).isZero();
    }

    @Test
    void noOverageCostsNothing() {
        assertThat(graduated.charge(-5)).isZero();
    }

    @Test
    void onlyTheLastTierIsOpenEndedAndBoundsIncrease() {
        assertThatThrownBy(() -> new OveragePrice(1, List.of(new PriceTier(10L, 1))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OveragePrice(1, List.of(new PriceTier(null, 1), new PriceTier(null, 1))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OveragePrice(1, List.of(new PriceTier(10L, 1), new PriceTier(5L, 1),
                new PriceTier(null, 1)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OveragePrice(0, List.of(new PriceTier(null, 1))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PriceTier(null, -1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void hugeQuantitiesAreChargedExactly() {
        assertThat(OveragePrice.flat(3, 1).charge(1_000_000_000_000L)).isEqualTo(3_000_000_000_000L);
    }
}
