package io.blogflow.shared.bootstrap;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** A real PostgreSQL server run from the binaries shipped as a Maven dependency: the zero-install default database. */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private static volatile boolean running;

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts the server on {@code dataDirectory}. A kept directory ({@code fresh = false}) reuses the cluster found
     * there, so data survives restarts; a fresh one is wiped first. Port 0 picks a free port.
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean fresh, int port) {
        return start(dataDirectory, fresh, port, true);
    }

    /**
     * The application's server: kept data, and no stop of zonky's at JVM exit. That hook ran beside Quarkus' own stop,
     * so the application's last work (the analytics buffer's final flush, running jobs) found the server gone; the
     * caller stops it once the application has stopped.
     */
    public static EmbeddedDatabase startForTheApplication(Path dataDirectory, int port) {
        return start(dataDirectory, false, port, false);
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean fresh, int port, boolean stopAtJvmExit) {
        try {
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "100")
                    .setRegisterShutdownHook(stopAtJvmExit)
                    .setPgBinaryResolver(EmbeddedDatabase::bundledBinaries);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            running = true;
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The binaries bundle shipped for this system, found by its name. Zonky's default resolver first runs a shell
     * script to detect the Linux distribution (a process at every start) and scans the whole class path twice for
     * distribution-specific bundles we do not ship; it remains the fallback should the name ever not be found.
     */
    private static InputStream bundledBinaries(String system, String architecture) throws IOException {
        String name = ("postgres-" + system + "-" + architecture + ".txz").toLowerCase(Locale.ROOT);
        InputStream bundle = EmbeddedDatabase.class.getClassLoader().getResourceAsStream(name);
        return bundle != null ? bundle : DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
    }

    /** Whether this JVM runs the embedded server, i.e. a development or test run rather than production. */
    public static boolean isRunning() {
        return running;
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
