package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The check that lets a restart skip Liquibase: one query, and a match only for exactly this changelog. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SchemaFingerprintTest {

    @Inject
    DataSource dataSource;

    @Test
    void aRecordedFingerprintMatchesOnlyItself() throws Exception {
        String current = SchemaFingerprint.current(getClass().getClassLoader());
        assertThat(current).startsWith(SchemaFingerprint.PREFIX)
                .isEqualTo(SchemaFingerprint.current(getClass().getClassLoader()));
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);

        try (Connection connection = dataSource.getConnection()) {
            SchemaFingerprint.record(connection, current);
        }
        assertThat(SchemaFingerprint.recordedIn(url, user, password, current)).isTrue();
        assertThat(SchemaFingerprint.recordedIn(url, user, password, SchemaFingerprint.PREFIX + "another")).isFalse();
        assertThat(SchemaFingerprint.recordedIn(url + "_no_such_database", user, password, current)).isFalse();
    }
}
