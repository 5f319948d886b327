package io.blogflow.shared.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An embedded PostgreSQL of the test's own that the test may stop and start again, on the same port and data
 * directory, so the application meets a real outage (a fast shutdown that ends every connection, then refused
 * connections) and a real recovery, with the data it had before.
 */
public class StoppableDatabase implements QuarkusTestResourceLifecycleManager {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedDatabase server;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("blogflow-outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = EmbeddedDatabase.start(dataDirectory, false, 0);
        port = server.port();
        return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl());
    }

    /** A fast shutdown: PostgreSQL ends every session and stops listening; nothing is kept open for the pool. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The same cluster again, on the same port, with everything it had committed. */
    public static synchronized void startServer() {
        if (server == null) {
            server = EmbeddedDatabase.start(dataDirectory, false, port);
        }
    }

    @Override
    public void stop() {
        stopServer();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
