package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.WatermarkPosition;

/**
 * A watermark to draw: a text or an image (its bytes), where, how opaque (0 to 1) and how large relative to the
 * image's width (0 to 1).
 */
public record WatermarkLayer(String text, byte[] image, WatermarkPosition position, double opacity, double scale) {

    public WatermarkLayer {
        if ((text == null) == (image == null)) {
            throw new IllegalArgumentException("a watermark is a text or an image");
        }
        if (position == null || opacity <= 0 || opacity > 1 || scale <= 0 || scale > 1) {
            throw new IllegalArgumentException("a watermark has a position, an opacity and a scale in (0, 1]");
        }
    }
}
