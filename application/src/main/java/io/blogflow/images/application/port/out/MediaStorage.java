package io.blogflow.images.application.port.out;

import java.util.Optional;

/**
 * Where media bytes live, by key. Keys are content addressed (derived from the bytes' SHA-256), so a key's bytes
 * never change and writing an existing key is a no-op. Writes are atomic: a reader sees all of an object or none.
 * The default adapter keeps files under the data directory; an S3-compatible one can be added as another module.
 */
public interface MediaStorage {

    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    boolean exists(String key);

    void delete(String key);
}
