package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.images.application.port.out.MediaStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file-system storage keeps the MediaStorage contract, and its own promises about files on disk. */
class FileSystemMediaStorageTest extends MediaStorageContract {

    private static final String KEY = "3f2a9c0d1e.webp";

    @TempDir
    Path root;

    @Override
    protected MediaStorage emptyStorage() {
        return new FileSystemMediaStorage(root);
    }

    @Test
    void storedBytesComeBackFromAFannedOutPath() {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(root);

        storage.put(KEY, new byte[] {1, 2, 3});

        assertThat(storage.exists(KEY)).isTrue();
        assertThat(storage.get(KEY)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
        assertThat(root.resolve("3f/2a/" + KEY)).exists();
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(root);
        for (int i = 0; i < 20; i++) {
            storage.put("abcd" + i, new byte[1000]);
        }

        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(20).allMatch(name -> name.startsWith("abcd"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "ab/../../x", "/etc/passwd", "abcd/efgh", "..abcd", ".tmp-abcd",
            "ABCD", "ab\\cd", "abc", "", "abcd\u0000", "abcd efgh", "a..bcd"})
    void keysThatCouldEscapeTheRootAreRefused(String key) {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(root);

        assertThatThrownBy(() -> storage.put(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }
}
