package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The test run starts from an empty database, so this proves the changelog applies from scratch. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    @Test
    void everyChangesetOfTheMasterChangelogWasApplied() throws SQLException {
        var applied = new java.util.ArrayList<String>();
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT id FROM databasechangelog ORDER BY orderexecuted")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        assertThat(applied).containsExactly("identity-001-users", "identity-002-sessions", "identity-003-api-tokens", "identity-010-account-tokens",
                "blog-001-posts", "blog-002-post-authors", "blog-003-lifecycle", "blog-004-rendered-body", "blog-005-revisions", "blog-006-slug-redirects", "blog-007-trash", "blog-008-published-index",
                "blog-009-full-text-search", "blog-010-tags", "blog-011-seo-and-editorial-fields",
                "blog-012-categories", "blog-013-topic-clusters", "blog-014-revision-metadata",
                "blog-015-public-filters", "blog-016-public-content-signal", "blog-020-redirects",
                "blog-021-post-links", "blog-022-language-aware-search",
                "blog-023-published-post-count", "blog-024-review-approval", "blog-025-post-media",
                "blog-026-revision-provenance", "blog-027-post-view-counts",
                "blog-028-drop-posts-counters",
                "audit-001-audit-log", "audit-002-append-only",
                "llm-001-providers", "llm-002-models", "llm-003-prompts", "llm-010-interactions", "llm-011-image-provider-types",
                "llm-012-registered-provider-types",
                "workflow-001-definitions", "workflow-002-default-workflow",
                "workflow-003-post-workspaces", "workflow-004-post-sections",
                "workflow-010-post-progress", "workflow-011-post-workflow-history", "workflow-020-actions",
                "workflow-030-action-runs",
                "images-001-media", "images-002-media-variants", "images-003-watermark-settings",
                "images-004-post-media", "images-005-section-media",
                "imagegen-001-catalogue", "imagegen-002-catalogue-seeds", "imagegen-003-generations",
                "imagegen-004-registered-protocol-names",
                "billing-001-plans", "billing-002-subscriptions", "billing-003-usage", "billing-004-invoices",
                "billing-005-seed-plans",
                "jobs-001-scheduled-tasks", "jobs-002-jobs", "jobs-003-actor-ref-payloads",
                "notifications-001-notifications",
                "comments-001-comments", "comments-002-post-comment-counts", "comments-003-settings-and-blocklist",
                "comments-004-moderation-reasons",
                "engagement-001-likes-and-shares", "engagement-002-newsletter-subscribers",
                "engagement-003-newsletter-issues",
                "analytics-001-events", "analytics-002-salts", "analytics-003-rollups", "analytics-004-post-analytics",
                "analytics-005-dashboard-rollups", "analytics-006-covering-site-indexes",
                "analytics-007-brin-autosummarize", "analytics-008-an-today",
                "analytics-009-monthly-rollup-values", "analytics-010-prefix-values",
                "analytics-011-prefix-exits", "analytics-013-rollup-changes", "analytics-014-event-changes");
    }

    @Test
    void aRunActionJobQueuedByAnOlderBuildIsRewrittenToTheActorRefShapeAndStillReads() throws Exception {
        String changelog = new String(getClass().getResourceAsStream("/db/changelog/jobs.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String rewrite = changelog.substring(changelog.indexOf("--changeset blogflow:jobs-003-actor-ref-payloads"));
        java.util.UUID actor = java.util.UUID.randomUUID();
        String legacy = "{\"runId\": \"%s\", \"postId\": \"%s\", \"actionId\": \"%s\", \"sectionId\": null,"
                .formatted(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), java.util.UUID.randomUUID())
                + " \"actorId\": \"" + actor + "\", \"managesAllContent\": true, \"publishes\": false}";
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            java.util.UUID job = java.util.UUID.randomUUID();
            statement.execute("INSERT INTO jobs (id, type, state, payload, priority, max_attempts, run_at, created_at)"
                    + " VALUES ('" + job + "', 'workflow.run-action', 'PENDING', '" + legacy + "', 'NORMAL', 3,"
                    + " now() + interval '1 year', now())");
            statement.execute(rewrite);
            try (var rows = statement.executeQuery("SELECT payload::text FROM jobs WHERE id = '" + job + "'")) {
                rows.next();
                var payload = objectMapper.readValue(rows.getString(1),
                        io.blogflow.workflow.application.service.RunActionJob.Payload.class);
                assertThat(payload.actor()).isEqualTo(
                        new io.blogflow.shared.application.port.in.ActorRef(actor, true, false));
            }
            connection.rollback();
        }
    }

    @Test
    void theHibernateMappingValidatesAgainstTheMigratedSchema() throws jakarta.persistence.SchemaValidationException {
        entityManagerFactory.getSchemaManager().validate();
    }

    @Test
    void theDatabaseItselfRefusesRowsThatBreakTheRules() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO posts (id, title, slug, status, created_at, updated_at)
                    VALUES (gen_random_uuid(), 't', 'Bad Slug', 'DRAFT', now(), now())"""))
                    .hasMessageContaining("ck_posts_slug_pattern");
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO posts (id, title, slug, status, created_at, updated_at)
                    VALUES (gen_random_uuid(), 't', 'ok', 'UNKNOWN', now(), now())"""))
                    .hasMessageContaining("ck_posts_status");
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO posts (id, title, slug, status, created_at, updated_at)
                    VALUES (gen_random_uuid(), 't', 'ok', 'DRAFT', now(), now() - interval '1 day')"""))
                    .hasMessageContaining("ck_posts_updated_after_created");
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO posts (id, title, slug, status, created_at, updated_at)
                    VALUES (gen_random_uuid(), 't', 'ok', 'SCHEDULED', now(), now())"""))
                    .hasMessageContaining("ck_posts_scheduled_has_time");
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO posts (id, title, slug, status, created_at, updated_at)
                    VALUES (gen_random_uuid(), 't', 'ok', 'PUBLISHED', now(), now())"""))
                    .hasMessageContaining("ck_posts_published_has_date");
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO llm_providers (id, name, type, base_url, connect_timeout_ms, read_timeout_ms)
                    VALUES (gen_random_uuid(), 'Bad type', 'Open AI', 'https://api.openai.com/v1', 1000, 1000)"""))
                    .hasMessageContaining("ck_llm_providers_type");
            assertThatThrownBy(() -> statement.execute(
                    "INSERT INTO image_prompt_examples (id, prompt, provider_type) VALUES (gen_random_uuid(), 'p', '')"))
                    .hasMessageContaining("ck_image_prompt_examples_provider_type");
        }
    }

    @Test
    void theDatabaseRefusesMediaRowsThatBreakTheLibrarysRules() throws SQLException {
        String media = "INSERT INTO media (id, storage_key, mime_type, size_bytes, width, height, alt_text, checksum,"
                + " created_at) VALUES (gen_random_uuid(), '%s', '%s', %d, 10, 10, %s, '%s', now())";
        String checksum = "ab".repeat(32);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> statement.execute(media.formatted("k1", "image/svg+xml", 5, "NULL", checksum)))
                    .hasMessageContaining("ck_media_mime_type");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute(media.formatted("k2", "image/png", 0, "NULL", checksum)))
                    .hasMessageContaining("ck_media_size_positive");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute(media.formatted("k3", "image/png", 5,
                    "'" + "a".repeat(301) + "'", checksum))).hasMessageContaining("varying(300)");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute(media.formatted("k4", "image/png", 5, "NULL", "XYZ")))
                    .hasMessageContaining("ck_media_checksum_hex");
            connection.rollback();
            statement.execute(media.formatted("k5", "image/png", 5, "NULL", checksum));
            assertThatThrownBy(() -> statement.execute(media.formatted("k6", "image/png", 5, "NULL", checksum)))
                    .hasMessageContaining("uq_media_checksum");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute(
                    "UPDATE media_watermark_settings SET enabled = true, text = NULL, image_media_id = NULL"))
                    .hasMessageContaining("ck_media_watermark_settings_text_or_image");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute("INSERT INTO media_watermark_settings (id) VALUES (2)"))
                    .hasMessageContaining("ck_media_watermark_settings_single_row");
            connection.rollback();
        }
    }

    @Test
    void theDatabaseRefusesRedirectsThatChainOrLeadToThemselves() throws SQLException {
        String p = "/migrations-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String insert = "INSERT INTO redirects (id, from_path, target, created_at, updated_at)"
                + " VALUES (gen_random_uuid(), '%s', '%s', now(), now())";
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(insert.formatted(p + "/a", p + "/b"));
            assertThatThrownBy(() -> statement.execute(insert.formatted(p + "/b", p + "/c")))
                    .hasMessageContaining("ck_redirects_one_hop");
            assertThatThrownBy(() -> statement.execute(insert.formatted(p + "/z", p + "/a")))
                    .hasMessageContaining("ck_redirects_one_hop");
            assertThatThrownBy(() -> statement.execute(insert.formatted(p + "/s", p + "/s")))
                    .hasMessageContaining("ck_redirects_not_self");
            assertThatThrownBy(() -> statement.execute(insert.formatted(p + "/q?x=1", "/x")))
                    .hasMessageContaining("ck_redirects_from_path_shape");
            statement.execute("DELETE FROM redirects WHERE from_path = '" + p + "/a'");
        }
    }

    @Test
    void theDatabaseKeepsActiveWorkflowPositionsUniqueAndStepConfigsObjects() throws SQLException {
        String stage = "INSERT INTO workflow_stages (id, workflow_id, key, name, position, retired_at) VALUES"
                + " (gen_random_uuid(), '5eed0000-0000-4000-8000-000000000000', '%s', '%s', %d, %s)";
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(stage.formatted("migrations-a", "Migrations A", 1000, "NULL"));
            statement.execute(stage.formatted("migrations-b", "Migrations B", 1000, "NULL"));
            assertThatThrownBy(() -> statement.execute("SET CONSTRAINTS ALL IMMEDIATE"))
                    .hasMessageContaining("uq_workflow_stages_active_position");
            connection.rollback();
            statement.execute(stage.formatted("migrations-a", "Migrations A", 1000, "now()"));
            statement.execute(stage.formatted("migrations-b", "Migrations B", 1000, "NULL"));
            statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
            assertThatThrownBy(() -> statement.execute(stage.formatted("migrations-c", "MIGRATIONS B", 1001, "NULL")))
                    .hasMessageContaining("uq_workflow_stages_active_name");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO workflow_steps (id, sub_stage_id, key, name, position, config)
                    VALUES (gen_random_uuid(), '5eed0002-0000-4000-8000-000000000101', 'x', 'X', 99, '[1]')"""))
                    .hasMessageContaining("ck_workflow_steps_config_object");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute(stage.formatted("Bad Key", "Bad", 1002, "NULL")))
                    .hasMessageContaining("ck_workflow_stages_key_pattern");
            connection.rollback();
        }
    }

    @Test
    void sectionPositionsAreUniqueAtCommitAndAHardDeletedPostTakesItsWorkspaceAlong() throws SQLException {
        String section = "INSERT INTO post_sections (id, post_id, position, fields) VALUES (gen_random_uuid(), '%s', %d, '%s')";
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            var post = java.util.UUID.randomUUID();
            statement.execute("INSERT INTO posts (id, title, slug, status, created_at, updated_at) VALUES ('" + post
                    + "', 't', 'migrations-workspace-" + post + "', 'DRAFT', now(), now())");
            statement.execute("INSERT INTO post_workspaces (post_id, fields) VALUES ('" + post + "', '{\"basicIdea\": \"x\"}')");
            statement.execute(section.formatted(post, 1, "{}"));
            statement.execute(section.formatted(post, 1, "{}"));
            assertThatThrownBy(() -> statement.execute("SET CONSTRAINTS ALL IMMEDIATE"))
                    .hasMessageContaining("uq_post_sections_position");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute("INSERT INTO post_workspaces (post_id, fields) VALUES ('"
                    + java.util.UUID.randomUUID() + "', '{}')")).hasMessageContaining("fk_post_workspaces_post");
            connection.rollback();
            statement.execute("INSERT INTO posts (id, title, slug, status, created_at, updated_at) VALUES ('" + post
                    + "', 't', 'migrations-workspace-" + post + "', 'DRAFT', now(), now())");
            assertThatThrownBy(() -> statement.execute(section.formatted(post, 1, "[]")))
                    .hasMessageContaining("ck_post_sections_fields_object");
            connection.rollback();
            statement.execute("INSERT INTO posts (id, title, slug, status, created_at, updated_at) VALUES ('" + post
                    + "', 't', 'migrations-workspace-" + post + "', 'DRAFT', now(), now())");
            statement.execute("INSERT INTO post_workspaces (post_id) VALUES ('" + post + "')");
            statement.execute(section.formatted(post, 1, "{}"));
            statement.execute("DELETE FROM posts WHERE id = '" + post + "'");
            try (var rows = statement.executeQuery("SELECT (SELECT count(*) FROM post_workspaces WHERE post_id = '"
                    + post + "') + (SELECT count(*) FROM post_sections WHERE post_id = '" + post + "')")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
            connection.rollback();
        }
    }
}
