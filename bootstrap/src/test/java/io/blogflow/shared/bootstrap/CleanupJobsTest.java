package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.application.port.in.PeriodicJob;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recurring cleanups, run the way the queue runs them (their intervals are off in tests). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CleanupJobsTest {

    @Inject
    @Any
    Instance<PeriodicJob> periodicJobs;

    @Inject
    AdjustableClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void postsInTheTrashLongerThanTheRetentionAreDeletedForGoodAndAudited() {
        Tokens author = Accounts.author();
        String fresh = trashedPost(author);
        clock.advance(Duration.ofDays(31));
        String old = fresh;
        String recent = trashedPost(Accounts.author());

        run("blog.purge-trash");

        assertThat(count("SELECT count(*) FROM posts WHERE id::text = '" + old.substring(old.lastIndexOf('/') + 1)
                + "'")).isZero();
        assertThat(count("SELECT count(*) FROM posts WHERE id::text = '"
                + recent.substring(recent.lastIndexOf('/') + 1) + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'post.purged-from-trash' AND target_id = '"
                + old.substring(old.lastIndexOf('/') + 1) + "'")).isEqualTo(1);
    }

    @Test
    void sessionsEndedLongerAgoThanTheRetentionAreDeletedWithTheirRefreshTokens() {
        Tokens ended = Accounts.author();
        ended.as().when().post("/api/v1/auth/logout").then().statusCode(204);
        Tokens alive = Accounts.author();
        long before = count("SELECT count(*) FROM sessions");

        clock.advance(Duration.ofDays(8));
        run("identity.delete-ended-sessions");

        assertThat(count("SELECT count(*) FROM sessions")).isLessThan(before);
        assertThat(count("SELECT count(*) FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id "
                + "WHERE s.revoked_at IS NOT NULL AND s.revoked_at < now()")).isZero();
        alive.as().when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void finishedJobsArePurgedAfterTheirRetention() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO jobs (id, type, state, payload, priority, attempts, max_attempts, run_at, "
                    + "created_at, started_at, finished_at) VALUES ('00000000-0000-7000-8000-000000000001', "
                    + "'jobs.probe', 'SUCCEEDED', '{}', 'NORMAL', 1, 1, now(), now(), now(), now() - interval '15 days'),"
                    + " ('00000000-0000-7000-8000-000000000002', 'jobs.probe', 'DEAD', '{}', 'NORMAL', 1, 1, now(), "
                    + "now(), now(), now() - interval '15 days')");
        }

        run("jobs.purge-finished");

        assertThat(count("SELECT count(*) FROM jobs WHERE id = '00000000-0000-7000-8000-000000000001'")).isZero();
        assertThat(count("SELECT count(*) FROM jobs WHERE id = '00000000-0000-7000-8000-000000000002'"))
                .as("dead jobs are kept longer").isEqualTo(1);
    }

    @Test
    void theCleanupsAreOffInTestsButEveryOneIsABeanTheQueueFinds() {
        assertThat(periodicJobs.stream().map(PeriodicJob::name)).contains("blog.purge-trash",
                "identity.delete-ended-sessions", "workflow.release-idempotency-keys",
                "images.release-idempotency-keys", "jobs.purge-finished", "blog.publish-due-posts");
        assertThat(periodicJobs.stream().map(PeriodicJob::interval)).allMatch(Duration::isZero);
    }

    private String trashedPost(Tokens author) {
        String location = author.as().contentType(ContentType.JSON).body(Map.of("title", "To the trash"))
                .when().post("/api/v1/posts").then().statusCode(201).extract().header("Location");
        author.as().header("If-Match", "\"0\"").when().delete(location).then().statusCode(204);
        return location;
    }

    private void run(String name) {
        periodicJobs.stream().filter(job -> job.name().equals(name)).findFirst().orElseThrow().run();
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
