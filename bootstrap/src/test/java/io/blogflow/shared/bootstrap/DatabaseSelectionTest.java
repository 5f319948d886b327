package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSelectionTest {

    @Test
    void withoutAnyDatabaseUrlTheEmbeddedDatabaseStartsInTheDefaultDataDirectory() {
        var selection = DatabaseSelection.from(Map.of(), new Properties());

        assertThat(selection.embedded()).isTrue();
        assertThat(selection.dataDirectory()).isEqualTo(Path.of(".data", "postgres").toAbsolutePath());
        assertThat(selection.port()).isZero();
    }

    @Test
    void dbUrlSelectsTheExternalServer() {
        assertThat(DatabaseSelection.from(Map.of("DB_URL", "jdbc:postgresql://db:5432/blogflow"), new Properties())
                .embedded()).isFalse();
    }

    @Test
    void theStandardQuarkusVariableOrSystemPropertyAlsoSelectsTheExternalServer() {
        var properties = new Properties();
        properties.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/blogflow");

        assertThat(DatabaseSelection.from(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/x"),
                new Properties()).embedded()).isFalse();
        assertThat(DatabaseSelection.from(Map.of(), properties).embedded()).isFalse();
    }

    @Test
    void aBlankDbUrlCountsAsNotSet() {
        assertThat(DatabaseSelection.from(Map.of("DB_URL", " "), new Properties()).embedded()).isTrue();
    }

    @Test
    void theDataDirectoryAndPortAreConfigurable() {
        var selection = DatabaseSelection.from(
                Map.of("BLOGFLOW_DATA_DIR", "/var/lib/blogflow", "BLOGFLOW_EMBEDDED_DB_PORT", "15432"),
                new Properties());

        assertThat(selection.dataDirectory()).isEqualTo(Path.of("/var/lib/blogflow/postgres"));
        assertThat(selection.port()).isEqualTo(15432);
    }
}
