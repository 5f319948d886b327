package io.blogflow.billing.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.billing.application.port.in.RecordUsageUseCase;
import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.billing.domain.Metric;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hard cap is never passed, however many calls race for the last units; a repeated key counts once. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class UsageMeterConcurrencyTest {

    private static final WireMockServer FAKE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(64));

    @Inject
    ReserveUsageUseCase reservations;

    @Inject
    RecordUsageUseCase records;

    @BeforeAll
    static void startTheFakeProvider() {
        FAKE.start();
    }

    @AfterAll
    static void stopTheFakeProvider() {
        FAKE.stop();
    }

    @Test
    void twoHundredConcurrentRunsAgainstACapOfFiftyLetExactlyFiftyThrough() throws Exception {
        FAKE.stubFor(post("/v1/chat/completions").willReturn(BillingApiTest.completion("Idea", 10, 5)));
        LlmSetup llm = new LlmSetup(Accounts.admin(), FAKE);
        Tokens author = Accounts.author();
        BillingFixtures.assign(BillingFixtures.userId(author),
                BillingFixtures.plan(0, Map.of("ai_runs", BillingFixtures.capped(50))));
        List<String> posts = List.of(llm.post(author), llm.post(author), llm.post(author), llm.post(author));

        List<Integer> statuses = race(200, 32, i -> author.as().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/posts/" + posts.get(i % posts.size()) + "/actions/" + llm.action() + "/runs")
                .then().extract().statusCode());

        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(50);
        assertThat(statuses.stream().filter(status -> status == 402)).hasSize(150);
        FAKE.verify(50, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        author.as().when().get("/api/v1/me/usage").then().statusCode(200)
                .body("metrics.ai_runs.used", equalTo(50)).body("metrics.ai_runs.reserved", equalTo(0));
    }

    @Test
    void twoHundredConcurrentReservationsAgainstACapOfFiftyLetExactlyFiftyThrough() throws Exception {
        Tokens author = Accounts.author();
        String account = BillingFixtures.userId(author);
        BillingFixtures.assign(account, BillingFixtures.plan(0, Map.of("image_generations",
                BillingFixtures.capped(50))));
        UserId id = new UserId(UUID.fromString(account));

        List<Integer> outcomes = race(200, 32, i -> {
            try {
                reservations.reserve(id, "generation:" + UUID.randomUUID(), "generation",
                        Map.of(Metric.IMAGE_GENERATIONS, 1L));
                return 1;
            } catch (QuotaExceededException refused) {
                return 0;
            }
        });

        assertThat(outcomes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
        author.as().when().get("/api/v1/me/usage").then().body("metrics.image_generations.reserved", equalTo(50));
    }

    @Test
    void aRepeatedKeyOrASecondCommitChangesNothing() {
        Tokens author = Accounts.author();
        UserId account = new UserId(UUID.fromString(BillingFixtures.userId(author)));
        String reference = "run:" + UUID.randomUUID();

        var reservation = reservations.reserve(account, reference, "run", Map.of(Metric.AI_RUNS, 1L,
                Metric.LLM_TOKENS, 100L));
        reservations.commit(reservation, Map.of(Metric.AI_RUNS, 1L, Metric.LLM_TOKENS, 60L));
        reservations.commit(reservation, Map.of(Metric.AI_RUNS, 1L, Metric.LLM_TOKENS, 60L));
        reservations.release(reservation);
        var again = reservations.reserve(account, reference, "run", Map.of(Metric.AI_RUNS, 1L));
        reservations.commit(again, Map.of(Metric.AI_RUNS, 1L));
        records.record(account, Metric.STORAGE_BYTES, 1000, "media:x-" + reference, "upload");
        records.record(account, Metric.STORAGE_BYTES, 1000, "media:x-" + reference, "upload");

        author.as().when().get("/api/v1/me/usage").then().body("metrics.ai_runs.used", equalTo(1))
                .body("metrics.ai_runs.reserved", equalTo(0)).body("metrics.llm_tokens.used", equalTo(60))
                .body("metrics.llm_tokens.reserved", equalTo(0)).body("metrics.storage_bytes.used", equalTo(1000));
    }

    @Test
    void aTakeThatDoesNotFitIsRefusedAndRecordsNothing() {
        Tokens author = Accounts.author();
        String id = BillingFixtures.userId(author);
        BillingFixtures.assign(id, BillingFixtures.plan(0, Map.of("storage_bytes", BillingFixtures.capped(1500))));
        UserId account = new UserId(UUID.fromString(id));
        records.record(account, Metric.STORAGE_BYTES, 1000, "media:a-" + id, "upload");

        assertThatThrownBy(() -> records.record(account, Metric.STORAGE_BYTES, 1000, "media:b-" + id, "upload"))
                .isInstanceOfSatisfying(QuotaExceededException.class, refused -> {
                    assertThat(refused.metric()).isEqualTo("storage_bytes");
                    assertThat(refused.limit()).isEqualTo(1500);
                    assertThat(refused.used()).isEqualTo(1000);
                    assertThat(refused.resetsAt()).isNull();
                });
        records.record(account, Metric.STORAGE_BYTES, 500, "media:b-" + id, "upload");

        author.as().when().get("/api/v1/me/usage").then().body("metrics.storage_bytes.used", equalTo(1500));
    }

    @FunctionalInterface
    interface Attempt {
        int run(int index) throws Exception;
    }

    /** {@code count} attempts from {@code threads} threads, all released at once. */
    static List<Integer> race(int count, int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.run(index);
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
