package io.blogflow.images.application.port.out;

import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;

/**
 * Metered image generations, asked before the provider is: {@link #reserve} holds one generation for the actor (or
 * refuses it), and the generation then commits what it cost or releases the reservation when it failed.
 */
public interface GenerationMeter {

    /**
     * @param reference unique per generation: its usage is recorded once under it
     * @throws io.blogflow.shared.domain.QuotaExceededException when the actor's plan has no generation left
     */
    MeteredImage reserve(UserId actor, String reference);

    interface MeteredImage {

        /** The image was generated; {@code cost} at the model's prices (zero when the provider reports no usage). */
        void commit(long inputTokens, long outputTokens, BigDecimal cost);

        void release();
    }
}
