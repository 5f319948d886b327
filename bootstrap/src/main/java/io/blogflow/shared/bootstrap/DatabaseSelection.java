package io.blogflow.shared.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Decides, before Quarkus starts, whether the application uses an external PostgreSQL (any database URL configured)
 * or starts the embedded one, and where the embedded one keeps its data.
 */
public record DatabaseSelection(boolean embedded, Path dataDirectory, int port) {

    static final String DEFAULT_DATA_DIR = ".data";

    public static DatabaseSelection from(Map<String, String> env, Properties systemProperties) {
        boolean urlConfigured = Stream.of(env.get("DB_URL"), env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                        systemProperties.getProperty("quarkus.datasource.jdbc.url"))
                .anyMatch(url -> url != null && !url.isBlank());
        Path dataDir = Path.of(env.getOrDefault("BLOGFLOW_DATA_DIR", DEFAULT_DATA_DIR)).toAbsolutePath();
        int port = Integer.parseInt(env.getOrDefault("BLOGFLOW_EMBEDDED_DB_PORT", "0"));
        return new DatabaseSelection(!urlConfigured, dataDir.resolve("postgres"), port);
    }
}
