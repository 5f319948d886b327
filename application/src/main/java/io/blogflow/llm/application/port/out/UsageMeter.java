package io.blogflow.llm.application.port.out;

import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;

/**
 * Metered use of models, asked before any provider call: {@link #reserve} holds what a generation may use at most
 * against what the actor's plan has left (or refuses it), and the generation then commits what it used or releases
 * the reservation when it failed.
 */
public interface UsageMeter {

    /**
     * @param reference unique per generation (the run or trace id): its usage is recorded once under it
     * @throws io.blogflow.shared.domain.QuotaExceededException when the actor's plan does not cover the estimate
     */
    MeteredGeneration reserve(UserId actor, String reference, Estimate estimate);

    /** The most a generation may use: tokens in and out, and their cost at the model's prices. */
    record Estimate(long tokens, BigDecimal cost) {
    }

    interface MeteredGeneration {

        /** What the generation used (its successful attempt and any attempts before it). */
        void commit(String modelName, long inputTokens, long outputTokens, BigDecimal cost);

        /** Nothing was generated: give everything back. */
        void release();
    }
}
