package io.blogflow.images.adapter.media;

import io.blogflow.images.domain.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Recognises a format by its magic bytes only: names and declared content types are never trusted. */
final class ImageFormats {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");

    private ImageFormats() {
    }

    static Optional<MediaType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG)) {
            return Optional.of(MediaType.JPEG);
        }
        if (startsWith(bytes, 0, PNG)) {
            return Optional.of(MediaType.PNG);
        }
        if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) {
            return Optional.of(MediaType.GIF);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return Optional.of(MediaType.WEBP);
        }
        return Optional.empty();
    }

    /** The ImageIO format name of a type (TwelveMonkeys registers "webp"; the JDK the others). */
    static String imageIoName(MediaType type) {
        return switch (type) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            case WEBP -> "webp";
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes != null && bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
