package io.blogflow.images.domain;

import java.util.Objects;

/**
 * A prompt that worked, kept for editors to start from: the text, and optionally the style, format, image protocol
 * ({@code providerType}: a registered protocol's name, such as {@code openai-images}) and setting it was made with.
 */
public record PromptExample(PromptExampleId id, String prompt, ImageStyleId style, ImageFormatId format,
                            String providerType, ImageSettingId setting, long version) {

    public PromptExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
    }
}
