package io.blogflow.images.adapter.media;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Removes what an image says about its author and camera, per format:
 * <ul>
 * <li>JPEG: segments dropped losslessly ({@link JpegSegments}). A photo whose EXIF orientation is not "upright" would
 * turn sideways without its EXIF, so that one is decoded, turned upright and re-encoded at high quality instead.</li>
 * <li>PNG: decoded and re-encoded, which is lossless for PNG and writes no text, eXIf, iCCP or time chunks.</li>
 * <li>WebP: decoded and re-encoded losslessly by cwebp without metadata (exact pixels, possibly larger file).</li>
 * <li>GIF: the first frame re-encoded: comment and application (XMP) extensions go, and so does any animation.</li>
 * </ul>
 */
final class MetadataStripper {

    /** Re-encoding an upright copy of a sideways photo: near-lossless, since every rendition derives from it. */
    private static final float UPRIGHT_JPEG_QUALITY = 0.92f;
    private static final int UPRIGHT = 1;

    private MetadataStripper() {
    }

    static byte[] strip(byte[] bytes, MediaType type) {
        return switch (type) {
            case JPEG -> jpeg(bytes);
            case PNG, GIF -> ImageEncoding.imageIo(ImageDecoding.firstFrame(bytes, type), ImageFormats.imageIoName(type));
            case WEBP -> WebpEncoder.lossless(ImageDecoding.firstFrame(bytes, type));
        };
    }

    private static byte[] jpeg(byte[] bytes) {
        try {
            if (orientation(bytes) != UPRIGHT) {
                // Thumbnailator applies the EXIF orientation while reading.
                BufferedImage upright = Thumbnails.of(new ByteArrayInputStream(bytes)).scale(1).asBufferedImage();
                return ImageEncoding.jpeg(upright, UPRIGHT_JPEG_QUALITY);
            }
            return JpegSegments.withoutMetadata(bytes);
        } catch (IOException | RuntimeException e) {
            MediaErrors.Unreadable error = new MediaErrors.Unreadable("The JPEG image can't be read.");
            error.initCause(e);
            throw error;
        }
    }

    private static int orientation(byte[] jpeg) {
        try {
            ExifIFD0Directory exif = JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                    ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : UPRIGHT;
        } catch (JpegProcessingException | MetadataException | IOException e) {
            return UPRIGHT; // unreadable EXIF: nothing trustworthy to apply
        }
    }
}
