package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataInAKeptDataDirectorySurvivesARestart() throws SQLException {
        try (var first = EmbeddedDatabase.start(dataDirectory, false, 0);
             var connection = DriverManager.getConnection(first.jdbcUrl())) {
            connection.createStatement().execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
        }

        try (var second = EmbeddedDatabase.start(dataDirectory, false, 0);
             var connection = DriverManager.getConnection(second.jdbcUrl());
             var rows = connection.createStatement().executeQuery("SELECT v FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            var version = connection.createStatement().executeQuery("SHOW server_version_num");
            version.next();
            assertThat(version.getInt(1) / 10_000).as("PostgreSQL major, same as docker/compose.yaml").isEqualTo(18);
        }
    }
}
