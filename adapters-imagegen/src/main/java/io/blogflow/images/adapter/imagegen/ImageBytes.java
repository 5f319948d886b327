package io.blogflow.images.adapter.imagegen;

import io.blogflow.images.domain.MediaType;
import java.util.Base64;
import java.util.Optional;

/** Base64 images as providers send them, and what the decoded bytes are (by their magic numbers, never by a claim). */
final class ImageBytes {

    private ImageBytes() {
    }

    /** Decodes standard base64, tolerating a {@code data:image/…;base64,} prefix (A1111 forks send one). */
    static Optional<byte[]> decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            return Optional.empty();
        }
        String data = base64.startsWith("data:") ? base64.substring(base64.indexOf(',') + 1) : base64;
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(data);
            return bytes.length == 0 ? Optional.empty() : Optional.of(bytes);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static Optional<MediaType> typeOf(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(MediaType.PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(MediaType.JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(MediaType.WEBP);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
            return Optional.of(MediaType.GIF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
