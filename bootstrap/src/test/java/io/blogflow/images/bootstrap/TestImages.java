package io.blogflow.images.bootstrap;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real images made in the test: random noise (so no two tests' images are duplicates), plus metadata to strip. */
final class TestImages {

    static final String SECRET = "GPS-SECRET-48.1375N-11.5755E";

    private TestImages() {
    }

    static BufferedImage noise(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = ThreadLocalRandom.current();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    static BufferedImage plain(int width, int height, Color color) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF APP1 segment holding a GPS IFD (latitude ref N) and the {@link #SECRET} text. */
    static byte[] jpegWithGps(BufferedImage image) {
        byte[] jpeg = encode(image, "jpg");
        ByteBuffer tiff = ByteBuffer.allocate(64 + SECRET.length()).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0})
                .putInt(0);
        tiff.put(SECRET.getBytes(StandardCharsets.US_ASCII));
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOf(tiff.array(), tiff.position()));
        int length = payload.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, payload);
        return concat(java.util.Arrays.copyOf(jpeg, 2), segment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A JPEG whose EXIF IFD0 says "orientation 6": viewers turn it 90° clockwise, so it shows as tall as it is wide. */
    static byte[] sidewaysJpeg(BufferedImage image) {
        byte[] jpeg = encode(image, "jpg");
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6)
                .putShort((short) 0).putInt(0);
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        int length = payload.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, payload);
        return concat(java.util.Arrays.copyOf(jpeg, 2), segment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A PNG with a tEXt chunk holding the {@link #SECRET}, right after IHDR. */
    static byte[] pngWithText(BufferedImage image) {
        byte[] png = encode(image, "png");
        byte[] data = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        byte[] typeAndData = concat("tEXt".getBytes(StandardCharsets.US_ASCII), data);
        var crc = new CRC32();
        crc.update(typeAndData);
        byte[] chunk = concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeAndData,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        int afterHeader = 8 + 25;
        return concat(java.util.Arrays.copyOf(png, afterHeader), chunk,
                java.util.Arrays.copyOfRange(png, afterHeader, png.length));
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
