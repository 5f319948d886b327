package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.ImageLimits;
import io.blogflow.images.domain.InspectedImage;
import io.blogflow.images.domain.MediaType;

/** Image work done by a codec library: recognising, cleaning and rendering images. */
public interface ImageProcessor {

    /**
     * Recognises the format from the bytes and reads the dimensions from the header, refusing what is not allowed
     * before decoding any pixels.
     *
     * @throws io.blogflow.images.domain.MediaErrors.UnsupportedType  not JPEG, PNG, WebP or GIF (SVG included)
     * @throws io.blogflow.images.domain.MediaErrors.TooManyPixels    more pixels than the limit allows
     * @throws io.blogflow.images.domain.MediaErrors.Unreadable       a recognised format whose header is broken
     */
    InspectedImage inspect(byte[] bytes, ImageLimits limits);

    /** The same image without metadata (EXIF, GPS, XMP, comments, colour-profile names of devices). */
    byte[] stripMetadata(byte[] bytes, MediaType type);

    /**
     * A rendition: scaled down to {@code width} (never up; aspect kept), encoded as {@code target}, with the
     * watermark drawn on it when one is given.
     */
    byte[] render(byte[] original, MediaType type, int width, MediaType target, WatermarkLayer watermark);
}
