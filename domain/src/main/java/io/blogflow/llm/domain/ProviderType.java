package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/** The wire protocol a provider speaks. */
public enum ProviderType {

    /** OpenAI's chat completions API, at api.openai.com or any compatible server (vLLM, LiteLLM, OpenRouter …). */
    OPENAI("openai"),
    /** Ollama's native API ({@code /api/chat}). */
    OLLAMA("ollama"),
    /**
     * AUTOMATIC1111's Stable Diffusion web UI API ({@code /sdapi/v1/txt2img}): images only, never chat. An OpenAI
     * provider serves both (chat completions and {@code /images/generations} share the base URL and token).
     */
    AUTOMATIC1111("automatic1111");

    private final String code;

    ProviderType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the type speaks a chat protocol, so its models can answer LLM actions. */
    public boolean speaksChat() {
        return this != AUTOMATIC1111;
    }

    /** Whether the type can generate images. */
    public boolean generatesImages() {
        return this == OPENAI || this == AUTOMATIC1111;
    }

    public static ProviderType parse(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code == null ? "" : code.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidValueException("type.invalid", "type must be one of "
                        + Arrays.stream(values()).map(ProviderType::code).toList() + "."));
    }
}
