package io.blogflow.images.adapter.media;

import com.sksamuel.scrimage.ImmutableImage;
import com.sksamuel.scrimage.webp.WebpWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * WebP output through scrimage-webp, which runs the {@code cwebp} binary (libwebp 1.4.0, statically linked) bundled in
 * its jar. On first use scrimage copies the binary for this platform into {@code java.io.tmpdir} and marks it
 * executable, unless the system property {@code com.sksamuel.scrimage.webp.binary.dir} names a directory holding an
 * executable {@code cwebp} (use it where the temporary directory is read-only or mounted noexec). Each encoding writes
 * its input and output as temporary files there too. cwebp copies no metadata by default ({@code -metadata none}).
 */
final class WebpEncoder {

    /** cwebp's quality scale (0-100); 80 keeps photos clean at about a third of an equivalent JPEG's size. */
    private static final int LOSSY_QUALITY = 80;

    private WebpEncoder() {
    }

    static byte[] lossy(BufferedImage image) {
        return encode(image, false);
    }

    /** Exact pixels: for cleaning an upload's metadata without degrading it a second time. */
    static byte[] lossless(BufferedImage image) {
        return encode(image, true);
    }

    private static byte[] encode(BufferedImage image, boolean lossless) {
        try {
            WebpWriter writer = lossless ? new WebpWriter().withLossless() : new WebpWriter().withQ(LOSSY_QUALITY);
            return ImmutableImage.wrapAwt(image).bytes(writer);
        } catch (IOException e) {
            throw new IllegalStateException("cwebp failed to encode a WebP image", e);
        } catch (LinkageError e) {
            // Installing the binary happens in a static initialiser: its failure surfaces as a linkage error.
            throw new IllegalStateException("cwebp could not be installed in java.io.tmpdir; set the system property "
                    + "com.sksamuel.scrimage.webp.binary.dir to a directory with an executable cwebp", e);
        }
    }
}
