package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A restart on an up-to-date schema skips Hibernate's validation, unless the strategy is configured explicitly. */
class SkippedSchemaValidationTest {

    @Test
    void anUpToDateSchemaIsNotValidatedAgain() {
        assertThat(BlogflowMain.skippedSchemaValidation(Map.of(), new Properties())).contains("none");
    }

    @Test
    void anExplicitStrategyIsLeftAlone() {
        Properties properties = new Properties();
        properties.setProperty(BlogflowMain.SCHEMA_MANAGEMENT, "validate");

        assertThat(BlogflowMain.skippedSchemaValidation(Map.of(), properties)).isEmpty();
        assertThat(BlogflowMain.skippedSchemaValidation(
                Map.of("QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY", "validate"), new Properties())).isEmpty();
    }
}
