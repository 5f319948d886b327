package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/** The wire protocol a provider speaks. */
public enum ProviderType {

    /** OpenAI's chat completions API, at api.openai.com or any compatible server (vLLM, LiteLLM, OpenRouter …). */
    OPENAI("openai"),
    /** Ollama's native API ({@code /api/chat}). */
    OLLAMA("ollama");

    private final String code;

    ProviderType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProviderType parse(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code == null ? "" : code.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidValueException("type.invalid", "type must be one of "
                        + Arrays.stream(values()).map(ProviderType::code).toList() + "."));
    }
}
