package io.blogflow.images.adapter.media;

import io.blogflow.images.application.port.out.ImageProcessor;
import io.blogflow.images.application.port.out.WatermarkLayer;
import io.blogflow.images.domain.ImageLimits;
import io.blogflow.images.domain.InspectedImage;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaType;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

/**
 * {@link ImageProcessor} on the JDK's imaging stack: ImageIO readers (TwelveMonkeys for JPEG, including CMYK and
 * damaged files, and for WebP), Thumbnailator for scaling, Java2D for watermarks, ImageIO writers for JPEG/PNG/GIF
 * and cwebp for WebP. Stateless and thread-safe.
 */
public final class ImageIoImageProcessor implements ImageProcessor {

    public ImageIoImageProcessor() {
        // Register TwelveMonkeys' readers with the class loader that sees them (Quarkus runs the app in its own).
        ImageIO.scanForPlugins();
        // Stream caching in memory: images are already in memory, and temporary files would need a writable tmpdir.
        ImageIO.setUseCache(false);
    }

    @Override
    public InspectedImage inspect(byte[] bytes, ImageLimits limits) {
        MediaType type = typeOf(bytes);
        ImageDecoding.Dimensions size = ImageDecoding.dimensions(bytes, type);
        if (size.width() < 1 || size.height() < 1) {
            throw new MediaErrors.Unreadable("The " + type + " image declares no pixels.");
        }
        if (size.pixels() > limits.maxPixels()) {
            throw new MediaErrors.TooManyPixels(size.pixels(), limits.maxPixels());
        }
        return new InspectedImage(type, size.width(), size.height());
    }

    @Override
    public byte[] stripMetadata(byte[] bytes, MediaType type) {
        requireType(bytes, type);
        return MetadataStripper.strip(bytes, type);
    }

    @Override
    public byte[] render(byte[] original, MediaType type, int width, MediaType target, WatermarkLayer watermark) {
        if (width < 1) {
            throw new IllegalArgumentException("a rendition is at least 1 pixel wide");
        }
        requireType(original, type);
        BufferedImage rendition = Scaling.toWidth(ImageDecoding.firstFrame(original, type), width);
        if (watermark != null) {
            WatermarkPainter.paint(rendition, watermark);
        }
        return ImageEncoding.encode(rendition, target);
    }

    private static MediaType typeOf(byte[] bytes) {
        return ImageFormats.sniff(bytes).orElseThrow(() -> new MediaErrors.UnsupportedType(
                "Only JPEG, PNG, WebP and GIF images are accepted (recognised by their content, not their name)."));
    }

    /** The bytes must really be of the stated type: a mislabelled file would be decoded by the wrong reader. */
    private static void requireType(byte[] bytes, MediaType type) {
        if (typeOf(bytes) != type) {
            throw new MediaErrors.Unreadable("The image is not a " + type + " image.");
        }
    }
}
