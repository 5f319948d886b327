package io.blogflow.images.adapter.media;

import io.blogflow.images.application.port.out.MediaStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link MediaStorage} in a directory: key {@code abcdef…} lives at {@code <root>/ab/cd/abcdef…}, so no directory
 * grows past a few hundred entries. Writes go to a temporary file in the target directory, are flushed to disk and
 * renamed into place atomically: a reader (or a crash) never sees half a file. Keys are restricted to
 * {@code [a-z0-9._-]}, at least 4 characters, without {@code ..} or a leading dot, so none can leave the root or
 * collide with a temporary file.
 */
public final class FileSystemMediaStorage implements MediaStorage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9._-]{4,200}");
    private static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    public FileSystemMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Can't create the media directory " + this.root, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = pathOf(key);
        if (Files.exists(target)) {
            return; // content addressed: the same key always holds the same bytes
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // A concurrent put of the same key may win the race: it renamed identical bytes, replacing is harmless.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Can't store media " + key, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't read media " + key, e);
        }
    }

    @Override
    public Optional<Content> open(String key) {
        Path path = pathOf(key);
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            return Optional.of(new Content(Channels.newInputStream(channel), channel.size()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't read media " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Can't delete media " + key, e);
        }
    }

    private Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..") || key.startsWith(".")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        Path path = root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a media key: " + key); // belt and braces after the pattern
        }
        return path;
    }

    /** Makes the rename itself durable; some platforms can't open a directory, where the rename must do. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover .tmp- file is ignored by every key lookup
        }
    }
}
