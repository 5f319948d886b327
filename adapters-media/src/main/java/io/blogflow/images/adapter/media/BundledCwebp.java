package io.blogflow.images.adapter.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Installs the {@code cwebp} bundled in scrimage-webp once, into a folder of ours: left to itself, scrimage copies the
 * 4.7 MB binary to a new temporary file on every start and never removes it. Linux x86-64 and aarch64 only (the
 * platforms blogflow ships for); elsewhere scrimage's own install is kept.
 */
public final class BundledCwebp {

    private static final String BUNDLE = "/dist_webp_binaries/libwebp-1.4.0-linux-%s/bin/cwebp";

    private BundledCwebp() {
    }

    /** The folder now holding an executable {@code cwebp}, or empty when this platform has no bundled one. */
    public static Optional<Path> installIn(Path folder) {
        Path binary = folder.resolve("cwebp");
        if (Files.isExecutable(binary)) {
            return Optional.of(folder);
        }
        Optional<String> resource = resourceForThisPlatform();
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream bundled = BundledCwebp.class.getResourceAsStream(resource.get())) {
            if (bundled == null) {
                return Optional.empty();
            }
            Files.createDirectories(folder);
            // Written beside and moved into place: another instance starting at once never runs a half-copied file.
            Path partial = Files.createTempFile(folder, "cwebp", ".partial");
            Files.copy(bundled, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!partial.toFile().setExecutable(true)) {
                Files.deleteIfExists(partial);
                return Optional.empty();
            }
            Files.move(partial, binary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cwebp could not be installed in " + folder, e);
        }
    }

    private static Optional<String> resourceForThisPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return Optional.empty();
        }
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return Optional.of(BUNDLE.formatted("x86-64"));
        }
        if (arch.equals("aarch64") || arch.equals("arm64")) {
            return Optional.of(BUNDLE.formatted("aarch64"));
        }
        return Optional.empty();
    }
}
