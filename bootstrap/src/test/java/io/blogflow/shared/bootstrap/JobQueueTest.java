package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.adapter.jobs.DbSchedulerJobs;
import io.blogflow.shared.adapter.jobs.JobSettings;
import io.blogflow.shared.adapter.persistence.PostgresSignalChannels;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.application.port.out.JobQueue;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.domain.job.Backoff;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobPriority;
import io.blogflow.shared.domain.job.JobState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class JobQueueTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    Jobs jobs;

    @Inject
    JobQueue queue;

    @Inject
    RecordingJob recording;

    @Inject
    DataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Inject
    ObjectMapper json;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aJobEnqueuedInATransactionThatRollsBackNeverExists() throws SQLException {
        String key = unique();
        QuarkusTransaction.begin();
        JobId id = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(key));
        String inserted = "SELECT count(*) FROM jobs j JOIN scheduled_tasks t ON t.task_instance = j.id::text "
                + "WHERE j.id = '" + id + "'";
        assertThat(rows(inserted)).as("both rows, on the transaction's own connection").isEqualTo(1);
        assertThat(CompletableFuture.supplyAsync(() -> rows(inserted)).join())
                .as("invisible to other connections before the commit").isZero();
        QuarkusTransaction.rollback();

        JobId witness = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(unique()));
        awaitState(witness, JobState.SUCCEEDED);
        assertThat(queue.find(id)).isEmpty();
        assertThat(rows("SELECT count(*) FROM scheduled_tasks WHERE task_instance = '" + id + "'")).isZero();
        assertThat(recording.attempts(key)).isZero();
    }

    @Test
    void aJobEnqueuedWithTheCommittingUseCaseRunsOnceAndSucceeds() {
        String key = unique();
        JobId id = QuarkusTransaction.requiringNew().call(() -> jobs.enqueue(RecordingJob.TYPE,
                RecordingJob.Step.succeeding(key)));

        Job done = awaitState(id, JobState.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.finishedAt()).isPresent();
        assertThat(recording.attempts(key)).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM scheduled_tasks WHERE task_instance = '" + id + "'"))
                .as("db-scheduler's execution is removed").isZero();
    }

    @Test
    void aFailingJobIsRetriedWithBackoffUntilItSucceedsAndKeepsItsLastError() {
        String key = unique();
        JobId id = jobs.enqueue(RecordingJob.TYPE, new RecordingJob.Step(key, 2, false));

        Job done = awaitState(id, JobState.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.lastError()).contains("IllegalStateException: failure 2 of " + key);
        assertThat(recording.gaveUp(key)).isNull();
    }

    @Test
    void aJobThatFailsEveryAttemptIsDeadAndItsHandlerHearsOfIt() {
        String key = unique();
        JobId id = jobs.enqueue(RecordingJob.TYPE, new RecordingJob.Step(key, 99, false));

        Job dead = awaitState(id, JobState.DEAD);
        assertThat(dead.attempts()).isEqualTo(3).isEqualTo(dead.maxAttempts());
        assertThat(recording.attempts(key)).isEqualTo(3);
        await().atMost(PATIENCE).until(() -> recording.gaveUp(key) != null);
        assertThat(recording.gaveUp(key)).contains("failure 3 of " + key);
    }

    @Test
    void aPermanentFailureSkipsTheRemainingAttempts() {
        String key = unique();
        JobId id = jobs.enqueue(RecordingJob.TYPE, new RecordingJob.Step(key, 1, true));

        Job dead = awaitState(id, JobState.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastError()).contains("JobFailedPermanently: gone for good: " + key);
    }

    @Test
    void anIdempotencyKeyEnqueuesTheJobOnlyOnce() {
        String key = unique();
        Jobs.Options options = Jobs.Options.DEFAULT.idempotencyKey("once-" + key);
        JobId first = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(key), options);
        JobId second = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(key), options);

        assertThat(second).isEqualTo(first);
        awaitState(first, JobState.SUCCEEDED);
        JobId afterwards = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(key), options);
        assertThat(afterwards).as("kept while the job is kept, whatever its state").isEqualTo(first);
        assertThat(recording.attempts(key)).isEqualTo(1);
    }

    @Test
    void aJobWaitsForItsRunAtAndItsPriorityIsTheExecutionsPriority() {
        String later = unique();
        JobId scheduled = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(later),
                Jobs.Options.DEFAULT.at(clock.instant().plus(Duration.ofHours(1))).priority(JobPriority.HIGH));
        JobId now = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(unique()));
        awaitState(now, JobState.SUCCEEDED);

        assertThat(queue.find(scheduled).orElseThrow().state()).isEqualTo(JobState.PENDING);
        assertThat(rows("SELECT priority FROM scheduled_tasks WHERE task_instance = '" + scheduled + "'"))
                .isEqualTo(90);

        clock.advance(Duration.ofHours(2));
        awaitState(scheduled, JobState.SUCCEEDED);
        assertThat(recording.attempts(later)).isEqualTo(1);
    }

    @Test
    void aJobWhoseInstanceStoppedSendingHeartbeatsRunsAgainElsewhere() throws SQLException {
        String key = unique();
        JobId id = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(key),
                Jobs.Options.DEFAULT.at(clock.instant().plus(Duration.ofDays(1))));
        // What a crashed instance leaves behind: its claim, with a heartbeat that stopped a while ago.
        execute("UPDATE jobs SET state = 'RUNNING', attempts = 1, started_at = now() - interval '1 minute' "
                + "WHERE id = '" + id + "'");
        execute("UPDATE scheduled_tasks SET picked = true, picked_by = 'crashed-instance', execution_time = now() - "
                + "interval '1 minute', last_heartbeat = now() - interval '1 minute' WHERE task_instance = '" + id + "'");

        Job done = awaitState(id, JobState.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(recording.attempts(key)).isEqualTo(1);
    }

    @Test
    void twoQueuesOnOneDatabaseRunEachJobExactlyOnce() {
        var settings = new JobSettings(true, 4, Duration.ofMillis(100), Duration.ofSeconds(4), 3,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)));
        var secondSignals = new PostgresSignalChannels(dataSource, Duration.ofMillis(100)); // the other instance's own
        var second = new DbSchedulerJobs(dataSource, secondSignals, () -> List.<JobHandler<?>>of(recording), List::of,
                settings, json, Clock.systemUTC(), new SimpleMeterRegistry());
        secondSignals.start();
        second.start();
        try {
            List<String> keys = new ArrayList<>();
            List<JobId> ids = QuarkusTransaction.requiringNew().call(() -> {
                List<JobId> enqueued = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String key = unique();
                    keys.add(key);
                    enqueued.add((i % 2 == 0 ? jobs : second).enqueue(RecordingJob.TYPE,
                            RecordingJob.Step.succeeding(key)));
                }
                return enqueued;
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> rows("SELECT count(*) FROM jobs WHERE state = "
                    + "'SUCCEEDED' AND id IN (" + String.join(",", ids.stream().map(id -> "'" + id + "'").toList())
                    + ")") == ids.size());
            assertThat(keys).allSatisfy(key -> assertThat(recording.attempts(key)).as(key).isEqualTo(1));
        } finally {
            second.stop();
            secondSignals.stop();
        }
    }

    @Test
    void adminsListInspectRetryAndCancelJobs() {
        Tokens admin = Accounts.admin();
        String deadKey = unique();
        JobId dead = jobs.enqueue(RecordingJob.TYPE, new RecordingJob.Step(deadKey, 3, false));
        awaitState(dead, JobState.DEAD);
        JobId pending = jobs.enqueue(RecordingJob.TYPE, RecordingJob.Step.succeeding(unique()),
                Jobs.Options.DEFAULT.at(clock.instant().plus(Duration.ofDays(1))));

        admin.as().queryParam("state", "dead").queryParam("type", RecordingJob.TYPE.name())
                .when().get("/api/v1/admin/jobs").then().statusCode(200)
                .body("items.id", hasItem(dead.toString()))
                .body("items.state.toSet()", equalTo(java.util.Set.of("dead")));
        admin.as().when().get("/api/v1/admin/jobs/" + dead).then().statusCode(200)
                .body("attempts", equalTo(3))
                .body("maxAttempts", equalTo(3))
                .body("lastError", equalTo("IllegalStateException: failure 3 of " + deadKey))
                .body("payload.key", equalTo(deadKey));

        admin.as().when().post("/api/v1/admin/jobs/" + pending + "/retry").then().statusCode(409)
                .body("code", equalTo("job.wrong-state"));
        admin.as().when().post("/api/v1/admin/jobs/" + dead + "/retry").then().statusCode(200)
                .body("state", equalTo("pending"))
                .body("attempts", equalTo(0));
        Job retried = awaitState(dead, JobState.SUCCEEDED);
        assertThat(retried.attempts()).isEqualTo(1);

        admin.as().when().post("/api/v1/admin/jobs/" + pending + "/cancel").then().statusCode(200)
                .body("state", equalTo("cancelled"));
        assertThat(rows("SELECT count(*) FROM scheduled_tasks WHERE task_instance = '" + pending + "'")).isZero();
        admin.as().when().post("/api/v1/admin/jobs/" + pending + "/cancel").then().statusCode(409);
        admin.as().when().post("/api/v1/admin/jobs/" + dead + "/cancel").then().statusCode(409);

        admin.as().queryParam("state", "finished").when().get("/api/v1/admin/jobs").then().statusCode(400);
        admin.as().when().get("/api/v1/admin/jobs/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("job-not-found"));
        admin.as().when().get("/api/v1/admin/jobs/not-an-id").then().statusCode(404);
        admin.as().when().get("/api/v1/admin/audit-log?action=job.cancelled&targetId=" + pending).then()
                .statusCode(200).body("total", equalTo(1));
        Accounts.author().as().when().get("/api/v1/admin/jobs").then().statusCode(403);
        RestAssured.given().when().get("/api/v1/admin/jobs").then().statusCode(401);
    }

    @Test
    void probesRunThroughTheQueueAndTheMetricsShowIt() {
        Tokens admin = Accounts.admin();
        List<String> ids = admin.as().contentType(ContentType.JSON).body(Map.of("count", 3))
                .when().post("/api/v1/admin/jobs/probes").then().statusCode(202)
                .extract().jsonPath().getList("ids", String.class);
        assertThat(ids).hasSize(3);
        ids.forEach(id -> awaitState(JobId.parse(id).orElseThrow(), JobState.SUCCEEDED));
        admin.as().contentType(ContentType.JSON).body(Map.of("count", 0))
                .when().post("/api/v1/admin/jobs/probes").then().statusCode(400);
        admin.as().when().get("/api/v1/admin/jobs/types").then().statusCode(200)
                .body("$", hasItem("jobs.probe"));

        String metrics = RestAssured.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("blogflow_jobs_queue_depth{type=\"jobs.probe\"}")
                .contains("blogflow_jobs_oldest_due_age_seconds")
                .contains("blogflow_jobs_succeeded_total{type=\"jobs.probe\"}")
                .contains("blogflow_jobs_wait_seconds_count{type=\"jobs.probe\"}");
    }

    @Test
    void enqueueingATypeWithoutAHandlerIsAProgrammingError() {
        var unknown = io.blogflow.shared.domain.job.JobType.of("test.nobody-handles-this", String.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.enqueue(unknown, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.nobody-handles-this");
    }

    @Test
    void theDatabaseRefusesJobRowsThatBreakTheQueuesRules() {
        String columns = "INSERT INTO jobs (id, type, state, payload, priority, attempts, max_attempts, run_at, "
                + "created_at, finished_at) VALUES (gen_random_uuid(), ";
        for (String values : List.of(
                "'mail.send', 'WAITING', '{}', 'NORMAL', 0, 3, now(), now(), null)",
                "'mail.send', 'PENDING', '{}', 'URGENT', 0, 3, now(), now(), null)",
                "'Mail Send', 'PENDING', '{}', 'NORMAL', 0, 3, now(), now(), null)",
                "'mail.send', 'PENDING', '{}', 'NORMAL', 4, 3, now(), now(), null)",
                "'mail.send', 'SUCCEEDED', '{}', 'NORMAL', 1, 3, now(), now(), null)",
                "'mail.send', 'PENDING', '{}', 'NORMAL', 0, 3, now(), now(), now())")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(columns + values)).as(values)
                    .isInstanceOf(SQLException.class).hasMessageContaining("violates check constraint");
        }
    }

    private Job awaitState(JobId id, JobState state) {
        await().atMost(PATIENCE).until(() -> queue.find(id).map(Job::state).orElse(null) == state);
        return queue.find(id).orElseThrow();
    }

    private long rows(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
