package io.blogflow.billing.application.port.in;

/**
 * A webhook delivery from the payment provider: verified over the raw body, then applied once (the event id is
 * recorded in the transaction of its effects, so a replay has none), ignoring state older than what was applied.
 */
public interface ProviderWebhookUseCase {

    /** @return whether it had an effect (false for a replay, an older event or an event type billing ignores) */
    boolean handle(byte[] payload, String signatureHeader);
}
