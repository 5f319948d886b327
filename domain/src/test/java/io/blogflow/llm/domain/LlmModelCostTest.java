package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LlmModelCostTest {

    @Test
    void aModelsCostIsTokensTimesItsPricesPerMillion() {
        var model = new LlmModel(new ModelId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()), "gpt-4o-mini",
                null, null, null, Map.of(), new BigDecimal("0.15"), new BigDecimal("0.60"), true, 0);

        assertThat(model.cost(1_000, 500)).isEqualByComparingTo("0.00045");
        assertThat(model.cost(1, null)).isEqualByComparingTo("0.00000015");
        assertThat(model.cost(null, null)).isEqualByComparingTo("0");
    }
}
