package io.blogflow.llm.domain;

import java.math.BigDecimal;

/**
 * What one model was used for over a period (LiteLLM's spend report): calls and failed calls, tokens, cost, and
 * mean latency of the calls that reached the provider. Names are the latest ones logged for the model.
 */
public record ModelUsage(ModelId model, String modelName, String providerName, long calls, long failures,
                         long inputTokens, long outputTokens, BigDecimal cost, long meanLatencyMillis) {
}
