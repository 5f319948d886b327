package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.ProviderType;
import java.time.Duration;
import java.util.Objects;

/**
 * What one provider call sends: where (protocol, base URL, the opened auth token or {@code null}, connect timeout),
 * which model, the system and user messages, and the sampling limits ({@code null}: the provider's default).
 * {@code timeout} bounds the whole call. The token never appears in {@link #toString()}.
 */
public record LlmCall(ProviderType type, String baseUrl, String authToken, Duration connectTimeout, Duration timeout,
                      String model, String systemPrompt, String userPrompt, Double temperature, Integer maxTokens) {

    public LlmCall {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(userPrompt, "userPrompt");
    }

    @Override
    public String toString() {
        return "LlmCall[" + type.code() + " " + baseUrl + " model=" + model + " temperature=" + temperature
                + " maxTokens=" + maxTokens + " timeout=" + timeout + " token=" + (authToken == null ? "none" : "***")
                + "]";
    }
}
