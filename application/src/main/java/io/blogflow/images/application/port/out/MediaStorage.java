package io.blogflow.images.application.port.out;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where media bytes live, by key. Keys are content addressed (derived from the bytes' SHA-256), so a key's bytes
 * never change and writing an existing key is a no-op. Writes are atomic: a reader sees all of an object or none.
 * Two adapters: files under the data directory (the default) and an S3-compatible bucket (shared by instances).
 */
public interface MediaStorage {

    void put(String key, byte[] bytes);

    /**
     * The stored bytes as a stream, read as they arrive rather than held whole (the caller closes it); empty when the
     * key holds nothing.
     */
    default Optional<Content> open(String key) {
        return get(key).map(Content::of);
    }

    /** The stored bytes whole, for the callers that need them all (decoding, rendering). */
    Optional<byte[]> get(String key);

    boolean exists(String key);

    void delete(String key);

    /** An open object: its bytes as a stream, and how many there are. */
    record Content(InputStream stream, long length) implements AutoCloseable {

        /** Bytes already in memory (just rendered, say), as content. */
        public static Content of(byte[] bytes) {
            return new Content(new ByteArrayInputStream(bytes), bytes.length);
        }

        public byte[] readAll() {
            try (InputStream in = stream) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Can't read stored media", e);
            }
        }

        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Can't close stored media", e);
            }
        }
    }
}
