package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * After a start that ran Liquibase (and so reached this point with the schema migrated and validated), records the
 * changelog's fingerprint, so the next start can skip Liquibase ({@link SchemaFingerprint}).
 */
@Singleton
public class SchemaFingerprintRecording {

    private static final Logger LOG = Logger.getLogger(SchemaFingerprintRecording.class);

    void record(@Observes StartupEvent started, DataSource dataSource) {
        String fingerprint = SchemaFingerprint.takePending();
        if (fingerprint == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            SchemaFingerprint.record(connection, fingerprint);
        } catch (SQLException e) {
            LOG.warnf("Could not record the schema fingerprint (the next start runs Liquibase again): %s",
                    e.getMessage());
        }
    }
}
