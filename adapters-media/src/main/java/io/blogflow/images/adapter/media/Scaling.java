package io.blogflow.images.adapter.media;

import java.awt.image.BufferedImage;
import net.coobird.thumbnailator.makers.FixedSizeThumbnailMaker;

/**
 * Downscaling with Thumbnailator (progressive bilinear steps for large reductions, so thin lines and text don't
 * alias). The result is always a plain RGB or ARGB image, whatever the source's colour model (palette GIFs,
 * 16-bit PNGs, CMYK JPEGs), so watermarks draw in full colour and every encoder accepts it.
 */
final class Scaling {

    private Scaling() {
    }

    /** At most {@code width} wide, aspect kept, never enlarged. */
    static BufferedImage toWidth(BufferedImage source, int width) {
        int target = Math.max(1, Math.min(width, source.getWidth()));
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * target / source.getWidth()));
        return toSize(source, target, height);
    }

    static BufferedImage toSize(BufferedImage source, int width, int height) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        return new FixedSizeThumbnailMaker(width, height, false, true).imageType(type).make(source);
    }
}
