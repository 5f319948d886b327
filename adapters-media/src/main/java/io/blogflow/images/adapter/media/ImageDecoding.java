package io.blogflow.images.adapter.media;

import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reading through ImageIO readers (the JDK's for PNG and GIF, TwelveMonkeys' for JPEG and WebP). Streams are cached
 * in memory, never in temporary files. Only the first frame of animated images is ever read.
 */
final class ImageDecoding {

    private ImageDecoding() {
    }

    /** The header's dimensions, read without decoding a single pixel. */
    static Dimensions dimensions(byte[] bytes, MediaType type) {
        return withReader(bytes, type, reader -> new Dimensions(reader.getWidth(0), reader.getHeight(0)));
    }

    /** The first frame's pixels. */
    static BufferedImage firstFrame(byte[] bytes, MediaType type) {
        return withReader(bytes, type, reader -> reader.read(0));
    }

    private static <T> T withReader(byte[] bytes, MediaType type, ReaderWork<T> work) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(ImageFormats.imageIoName(type));
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type + ": is the TwelveMonkeys plugin on the class path?");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            return work.apply(reader);
        } catch (IOException | RuntimeException e) {
            // Readers answer broken data with assorted runtime exceptions (index, array size, EOF wrapped...).
            throw unreadable(type, e);
        } finally {
            reader.dispose();
        }
    }

    private static MediaErrors.Unreadable unreadable(MediaType type, Exception cause) {
        MediaErrors.Unreadable error = new MediaErrors.Unreadable("The " + type + " image can't be read.");
        error.initCause(cause);
        return error;
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    record Dimensions(int width, int height) {

        long pixels() {
            return (long) width * height;
        }
    }
}
