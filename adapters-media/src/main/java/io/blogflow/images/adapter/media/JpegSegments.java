package io.blogflow.images.adapter.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegConstants;
import org.apache.commons.imaging.formats.jpeg.JpegUtils;

/**
 * Lossless JPEG metadata removal: commons-imaging walks the segments; every APPn except JFIF (APP0) and Adobe (APP14,
 * which says how to read the colour channels) is dropped, and so are comments. That removes EXIF with GPS and
 * thumbnails (APP1), XMP (APP1), ICC profiles naming devices (APP2), IPTC/Photoshop (APP13) and vendor blocks.
 * The compressed scan data is copied untouched.
 */
final class JpegSegments {

    private static final int COMMENT_MARKER = 0xFFFE;

    private JpegSegments() {
    }

    static byte[] withoutMetadata(byte[] jpeg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        JpegConstants.SOI.writeTo(out);
        new JpegUtils().traverseJfif(ByteSource.array(jpeg), new JpegUtils.Visitor() {
            @Override
            public boolean beginSos() {
                return true;
            }

            @Override
            public boolean visitSegment(int marker, byte[] markerBytes, int length, byte[] lengthBytes, byte[] data)
                    throws ImagingException, IOException {
                if (kept(marker)) {
                    out.write(markerBytes);
                    out.write(lengthBytes);
                    out.write(data);
                }
                return true;
            }

            @Override
            public void visitSos(int marker, byte[] markerBytes, byte[] imageData) {
                // imageData runs from the first scan to the end: later scans, tables between them and EOI.
                out.writeBytes(markerBytes);
                out.writeBytes(imageData);
            }
        });
        return out.toByteArray();
    }

    private static boolean kept(int marker) {
        boolean application = marker >= JpegConstants.JPEG_APP0_MARKER && marker <= JpegConstants.JPEG_APP15_MARKER;
        if (application) {
            return marker == JpegConstants.JPEG_APP0_MARKER || marker == JpegConstants.JPEG_APP14_MARKER;
        }
        return marker != COMMENT_MARKER;
    }
}
