package io.blogflow.images.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A picture format ("Landscape 1536×1024 (blog header)"): the size asked for (providers with fixed sizes get the
 * nearest they allow), diffusion steps and guidance scale ({@code null}: the provider's default) and protocol-specific
 * extra settings (e.g. {@code negative_prompt}, {@code sampler_name} for AUTOMATIC1111; {@code quality} for OpenAI).
 */
public record ImageFormat(ImageFormatId id, String title, int width, int height, Integer steps, Double guidanceScale,
                          Map<String, Object> extraSettings, long version) {

    public ImageFormat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        extraSettings = extraSettings == null ? Map.of() : extraSettings;
    }
}
