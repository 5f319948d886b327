package io.blogflow.images.application.port.out;

import io.blogflow.llm.domain.ProviderType;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What one image call sends: where (protocol, base URL, the opened auth token or {@code null}, connect timeout and
 * a timeout bounding the whole call), which model ({@code gpt-image-1}, {@code dall-e-3}; A1111 ignores it: its
 * checkpoint is the server's), the final prompt (the style already applied), the wanted size, sampling steps and
 * guidance scale ({@code null}: the provider's default) and the format's and setting's extra settings, passed to the
 * protocol as it understands them. The token never appears in {@link #toString()}.
 */
public record ImageGenerationCall(ProviderType type, String baseUrl, String authToken, Duration connectTimeout,
                                  Duration timeout, String model, String prompt, int width, int height, Integer steps,
                                  Double guidanceScale, Map<String, Object> extraSettings) {

    public ImageGenerationCall {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(prompt, "prompt");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive");
        }
        extraSettings = extraSettings == null ? Map.of() : Map.copyOf(extraSettings);
    }

    @Override
    public String toString() {
        return "ImageGenerationCall[" + type.code() + " " + baseUrl + " model=" + model + " " + width + "x" + height
                + " steps=" + steps + " guidanceScale=" + guidanceScale + " timeout=" + timeout + " token="
                + (authToken == null ? "none" : "***") + "]";
    }
}
