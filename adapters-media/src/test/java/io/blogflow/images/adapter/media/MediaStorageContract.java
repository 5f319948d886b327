package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.images.application.port.out.MediaStorage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaStorage} must do. A storage adapter's test extends this and hands over a fresh, empty
 * storage; keys are what the media library uses (the SHA-256 of the bytes in hex, with the file extension), so a
 * key's bytes never change, writing a key again changes nothing, and reads see all of an object or nothing.
 */
public abstract class MediaStorageContract {

    private MediaStorage storage;

    /** A new, empty storage (its own directory, bucket or key prefix). */
    protected abstract MediaStorage emptyStorage() throws Exception;

    @BeforeEach
    void freshStorage() throws Exception {
        storage = emptyStorage();
    }

    /** A content-addressed key for {@code bytes}, as the media library makes them. */
    protected static String keyOf(byte[] bytes, String extension) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "." + extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void storedBytesComeBackUnderTheirKey() {
        byte[] bytes = "a small image".getBytes(StandardCharsets.UTF_8);
        String key = keyOf(bytes, "png");

        storage.put(key, bytes);

        assertThat(storage.exists(key)).isTrue();
        assertThat(storage.get(key)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
    }

    @Test
    void aMissingKeyIsEmptyAndDeletingItIsHarmless() {
        String key = keyOf(new byte[] {7}, "webp");

        assertThat(storage.exists(key)).isFalse();
        assertThat(storage.get(key)).isEmpty();
        storage.delete(key);
        assertThat(storage.exists(key)).isFalse();
    }

    @Test
    void deletedMediaIsGoneAndOthersStay() {
        byte[] first = {1, 2, 3};
        byte[] second = {4, 5, 6};
        storage.put(keyOf(first, "jpg"), first);
        storage.put(keyOf(second, "jpg"), second);

        storage.delete(keyOf(first, "jpg"));

        assertThat(storage.exists(keyOf(first, "jpg"))).isFalse();
        assertThat(storage.get(keyOf(first, "jpg"))).isEmpty();
        assertThat(storage.get(keyOf(second, "jpg"))).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(second));
    }

    @Test
    void writingAKeyAgainChangesNothing() {
        byte[] bytes = {1, 2, 3};
        String key = keyOf(bytes, "png");
        storage.put(key, bytes);

        storage.put(key, bytes);

        assertThat(storage.get(key)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
    }

    @Test
    void largeObjectsComeBackWhole() {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(bytes);
        String key = keyOf(bytes, "webp");

        storage.put(key, bytes);

        assertThat(storage.get(key)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
    }

    @Test
    void openedMediaStreamsItsBytesWithTheirLength() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        String key = keyOf(bytes, "jpg");
        storage.put(key, bytes);

        try (MediaStorage.Content content = storage.open(key).orElseThrow()) {
            assertThat(content.length()).isEqualTo(bytes.length);
            assertThat(content.stream().readAllBytes()).isEqualTo(bytes);
        }
        assertThat(storage.open(keyOf(new byte[] {1}, "jpg"))).isEmpty();
    }

    @Test
    void theSameBytesUnderAnotherExtensionAreAnotherObject() {
        byte[] bytes = {9, 9, 9};

        storage.put(keyOf(bytes, "png"), bytes);

        assertThat(storage.exists(keyOf(bytes, "png"))).isTrue();
        assertThat(storage.exists(keyOf(bytes, "webp"))).isFalse();
    }
}
