package io.blogflow.images.domain;

import io.blogflow.llm.domain.ProviderType;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.Arrays;

/**
 * The image protocols, named as the catalogue names them ({@code openai-images}: OpenAI's images API, served by an
 * {@code openai} provider; {@code automatic1111}: the Stable Diffusion web UI, an {@code automatic1111} provider).
 */
public enum ImageProtocol {
    OPENAI_IMAGES("openai-images", ProviderType.OPENAI),
    AUTOMATIC1111("automatic1111", ProviderType.AUTOMATIC1111);

    private final String code;
    private final ProviderType providerType;

    ImageProtocol(String code, ProviderType providerType) {
        this.code = code;
        this.providerType = providerType;
    }

    public String code() {
        return code;
    }

    public ProviderType providerType() {
        return providerType;
    }

    /** {@code null} stays unset. */
    public static ImageProtocol parse(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(values()).filter(protocol -> protocol.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException("provider-type.invalid",
                        "providerType must be openai-images or automatic1111."));
    }
}
