package io.blogflow.images.domain;

/**
 * What an upload may be: at most {@code maxBytes} long, and at most {@code maxPixels} (width × height, read from the
 * header before any decoding, so a decompression bomb is refused without allocating its pixels).
 */
public record ImageLimits(long maxBytes, long maxPixels) {

    public ImageLimits {
        if (maxBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("limits are positive");
        }
    }
}
