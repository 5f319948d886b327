package io.blogflow.llm.application.port.out;

import java.time.Duration;

/**
 * What a provider answered: the text, the token counts it reported ({@code null} when it reported none), why it
 * stopped ({@code stop}, {@code length} …, as the provider says it), the HTTP status, and for a streamed call how
 * long the first piece of text took ({@code null} otherwise).
 */
public record LlmAnswer(String text, Integer inputTokens, Integer outputTokens, String finishReason, int httpStatus,
                        Duration timeToFirstToken) {
}
