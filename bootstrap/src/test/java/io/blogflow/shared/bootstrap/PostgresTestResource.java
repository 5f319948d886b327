package io.blogflow.shared.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The database of a test run: by default a fresh embedded PostgreSQL in a temporary directory; with
 * {@code BLOGFLOW_TEST_PG_ADMIN_URL} set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) a new
 * database created on that external server for this run and dropped afterwards.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String ADMIN_URL_VARIABLE = "BLOGFLOW_TEST_PG_ADMIN_URL";

    private AutoCloseable cleanup;

    @Override
    public Map<String, String> start() {
        String adminUrl = System.getenv(ADMIN_URL_VARIABLE);
        String url = adminUrl == null || adminUrl.isBlank() ? startEmbedded() : createDatabaseOn(adminUrl);
        return Map.of("quarkus.datasource.jdbc.url", url);
    }

    private String startEmbedded() {
        try {
            Path dataDirectory = Files.createTempDirectory("blogflow-test-pg");
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, true, 0);
            cleanup = database;
            return database.jdbcUrl();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a data directory for the embedded PostgreSQL", e);
        }
    }

    private String createDatabaseOn(String adminUrl) {
        String name = "blogflow_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, "CREATE DATABASE " + name);
        System.out.println("Tests use database " + name + " on the external PostgreSQL server of " + ADMIN_URL_VARIABLE);
        cleanup = () -> execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        return adminUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    private static void execute(String url, String sql) {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on the external test PostgreSQL: " + sql, e);
        }
    }

    @Override
    public void stop() {
        try {
            if (cleanup != null) {
                cleanup.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not clean up the test database", e);
        }
    }
}
