package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaType;
import java.time.Duration;
import java.util.Objects;

/**
 * What an image provider answered: the image bytes and their type (recognised from the bytes, never from what the
 * provider claims), the prompt the provider actually used when it rewrote ours (DALL-E 3's {@code revised_prompt};
 * {@code null} otherwise), the HTTP status, how long the call took, and the token usage it reported
 * ({@code null} when none: only gpt-image models report it). Arrays compare by identity: don't rely on equals.
 */
public record GeneratedImage(byte[] bytes, MediaType mediaType, String revisedPrompt, int httpStatus,
                             Duration latency, Integer inputTokens, Integer outputTokens) {

    public GeneratedImage {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(latency, "latency");
    }

    @Override
    public String toString() {
        return "GeneratedImage[" + mediaType.mime() + " " + bytes.length + " bytes, HTTP " + httpStatus + ", "
                + latency.toMillis() + " ms]";
    }
}
