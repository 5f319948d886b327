package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a plan meters. Consumed metrics count what was used in the current period and start over at each period;
 * held metrics (storage, seats) count what an account holds right now and carry over.
 */
public enum Metric {
    LLM_TOKENS("llm_tokens", true),
    /** LLM spend in micro-units (millionths) of the plan's currency. */
    LLM_COST("llm_cost", true),
    IMAGE_GENERATIONS("image_generations", true),
    AI_RUNS("ai_runs", true),
    STORAGE_BYTES("storage_bytes", false),
    SEATS("seats", false);

    private final String code;
    private final boolean resetsEachPeriod;

    Metric(String code, boolean resetsEachPeriod) {
        this.code = code;
        this.resetsEachPeriod = resetsEachPeriod;
    }

    public String code() {
        return code;
    }

    public boolean resetsEachPeriod() {
        return resetsEachPeriod;
    }

    public static Optional<Metric> ofCode(String code) {
        return Arrays.stream(values()).filter(metric -> metric.code.equals(code)).findFirst();
    }

    public static Metric parse(String code) {
        return ofCode(code).orElseThrow(() -> new InvalidValueException("metric.unknown", "Unknown metric '" + code
                + "': one of llm_tokens, llm_cost, image_generations, ai_runs, storage_bytes, seats."));
    }
}
