package io.blogflow.shared.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded (development) mode's key for secrets at rest (LLM provider tokens): 32 random bytes generated into
 * the data directory on first start and reused afterwards, so stored tokens stay readable across restarts.
 * Production keys always come from configuration.
 */
final class DevEncryptionKey {

    static final String FILE = "encryption.key";

    private DevEncryptionKey() {
    }

    /** The base64 key kept in {@code directory}, generated first when there is none. */
    static String ensureIn(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(directory);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the data directory's own permissions apply
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the development encryption key in " + directory, e);
        }
    }
}
