package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledCwebpTest {

    @TempDir
    Path folder;

    @Test
    void theBundledBinaryIsInstalledOnceAndReusedOnTheNextStart() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "bundled for Linux");
        Path tools = folder.resolve("bin");

        assertThat(BundledCwebp.installIn(tools)).contains(tools);
        Path cwebp = tools.resolve("cwebp");
        assertThat(cwebp).isExecutable();
        Process version = new ProcessBuilder(cwebp.toString(), "-version").redirectErrorStream(true).start();
        assertThat(new String(version.getInputStream().readAllBytes())).startsWith("1.4.0");
        assertThat(version.waitFor()).isZero();

        FileTime installed = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(cwebp, installed);
        assertThat(BundledCwebp.installIn(tools)).contains(tools);
        assertThat(Files.getLastModifiedTime(cwebp)).as("not copied again").isEqualTo(installed);
        try (var left = Files.list(tools)) {
            assertThat(left).containsExactly(cwebp);
        }
    }
}
