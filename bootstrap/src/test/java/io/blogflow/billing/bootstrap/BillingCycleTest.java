package io.blogflow.billing.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import io.blogflow.billing.application.port.in.ReserveUsageUseCase;
import io.blogflow.billing.domain.Metric;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.AdjustableClock;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.domain.UserId;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Periods, invoices and the periodic work, with the application clock moved forward instead of waiting a month. The
 * cycle is run by the test (its schedule is off in tests), from several threads at once where "exactly once" matters.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BillingCycleTest {

    @Inject
    AdjustableClock clock;

    @Inject
    BillingCycleUseCase cycle;

    @Inject
    ReserveUsageUseCase usage;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<io.blogflow.shared.application.port.in.PeriodicJob> periodicJobs;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aPeriodClosesExactlyOnceWithOneUsageReportThoughSeveralInstancesRunTheCycleJobAtOnce() throws Exception {
        Tokens author = Accounts.author();
        String email = email(author);
        String account = BillingFixtures.userId(author);
        String plan = BillingFixtures.plan(1000, Map.of("ai_runs", Map.of("included", 2, "overagePrice",
                Map.of("per", 1, "tiers", List.of(Map.of("amount", 50))))));
        BillingFixtures.assign(account, plan);
        use(account, 5);
        Instant periodEnd = Instant.parse(author.as().when().get("/api/v1/me/subscription").then()
                .extract().path("currentPeriodEnd"));

        var job = periodicJobs.stream().filter(periodic -> periodic.name().equals("billing.cycle")).findFirst()
                .orElseThrow();
        assertThat(job.interval()).as("switched off in tests: the test runs it").isZero();

        clock.advance(Duration.between(clock.instant(), periodEnd).plusMinutes(1));
        concurrently(4, () -> {
            job.run();
            return null;
        });

        assertThat(count("SELECT count(*) FROM billing_usage_periods WHERE account_id = ?::uuid "
                + "AND metric = 'ai_runs'", account)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM billing_invoices WHERE account_id = ?::uuid", account)).isEqualTo(1);
        Tokens again = Accounts.logIn(email, Accounts.PASSWORD);
        JsonPath usageNow = again.as().when().get("/api/v1/me/usage").then().statusCode(200).extract().jsonPath();
        assertThat(usageNow.getLong("metrics.ai_runs.used")).isZero();
        assertThat(Instant.parse(usageNow.getString("periodStart"))).isEqualTo(periodEnd);
        assertThat(usageNow.getList("history.used.ai_runs")).containsExactly(5);

        JsonPath invoice = again.as().when().get("/api/v1/me/invoices").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath();
        assertThat(invoice.getString("items[0].status")).isEqualTo("draft");
        assertThat(invoice.getString("items[0].number")).isNull();
        assertThat(invoice.getList("items[0].lines.kind")).containsExactly("base", "overage");
        assertThat(invoice.getLong("items[0].lines[1].quantity")).isEqualTo(3);
        assertThat(invoice.getLong("items[0].total")).isEqualTo(1000 + 150);

        assertThat(count("SELECT count(*) FROM notifications WHERE recipient_id = ?::uuid "
                + "AND type = 'billing.usage-report'", account)).isEqualTo(1);
        JsonPath report = again.as().queryParam("size", 100).when().get("/api/v1/me/notifications").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getString("items.find { it.type == 'billing.usage-report' }.data.ai_runs")).isEqualTo("5");
        assertThat(report.getString("items.find { it.type == 'billing.usage-report' }.body")).contains("ai_runs: 5");
        assertThat(count("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND payload ->> 'to' = ? "
                + "AND payload ->> 'subject' = 'Your usage report'", email)).isEqualTo(1);
    }

    @Test
    void anAccountIsToldOnceAt80AndOnceAt100PercentOfALimit() throws SQLException {
        Tokens author = Accounts.author();
        String account = BillingFixtures.userId(author);
        BillingFixtures.assign(account, BillingFixtures.plan(0, Map.of("ai_runs", BillingFixtures.capped(10))));

        use(account, 7);
        assertThat(quotaNotices(account)).isEmpty();
        use(account, 1);
        assertThat(quotaNotices(account)).containsExactly("billing.quota-nearly-used");
        use(account, 1);
        assertThat(quotaNotices(account)).containsExactly("billing.quota-nearly-used");
        use(account, 1);
        assertThat(quotaNotices(account)).containsExactly("billing.quota-nearly-used", "billing.quota-used-up");

        JsonPath mine = author.as().queryParam("size", 100).when().get("/api/v1/me/notifications").then()
                .statusCode(200).extract().jsonPath();
        assertThat(mine.getMap("items.find { it.type == 'billing.quota-used-up' }.data"))
                .containsEntry("metric", "ai_runs").containsEntry("percent", "100").containsEntry("used", "10")
                .containsEntry("limit", "10").containsKey("resetsAt");
        assertThat(mine.getString("items.find { it.type == 'billing.quota-nearly-used' }.title"))
                .isEqualTo("80 % of your plan's ai_runs limit is used");
        assertThat(count("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND payload ->> 'to' = ? "
                + "AND payload ->> 'subject' LIKE '%ai_runs limit%'", email(author))).isEqualTo(2);
    }

    private List<String> quotaNotices(String account) throws SQLException {
        List<String> types = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT type FROM notifications WHERE recipient_id = ?::uuid AND type LIKE 'billing.quota-%' "
                        + "ORDER BY created_at, type")) {
            statement.setString(1, account);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }

    @Test
    void draftsAreFinalizedWithGaplessNumbersReadAsPdfAndPaidByAnAdmin() throws IOException {
        List<String> accounts = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Tokens author = Accounts.author();
            emails.add(email(author));
            accounts.add(BillingFixtures.userId(author));
            BillingFixtures.assign(accounts.get(i), BillingFixtures.PRO);
        }
        Instant latestEnd = accounts.stream().map(account -> Instant.parse(Accounts.admin().as().when()
                .get("/api/v1/admin/billing/accounts/" + account + "/subscription").then().extract()
                .path("currentPeriodEnd"))).max(Instant::compareTo).orElseThrow();

        clock.advance(Duration.between(clock.instant(), latestEnd).plusMinutes(1));
        cycle.runDue();
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        cycle.runDue();

        Tokens admin = Accounts.admin();
        List<String> numbers = new ArrayList<>();
        for (String account : accounts) {
            JsonPath page = admin.as().when().get("/api/v1/admin/billing/accounts/" + account + "/invoices").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(page.getString("items[0].status")).isEqualTo("open");
            numbers.add(page.getString("items[0].number"));
        }
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        assertThat(numbers).allMatch(number -> number.matches(year + "-\\d{6}"));
        List<Integer> sequence = numbers.stream().map(number -> Integer.parseInt(number.substring(5))).sorted()
                .toList();
        assertThat(sequence.get(2) - sequence.get(0)).isEqualTo(2); // consecutive, no gap between them
        List<Integer> all = allNumbers(year);
        assertThat(all).isEqualTo(java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());

        Tokens owner = Accounts.logIn(emails.get(0), Accounts.PASSWORD);
        JsonPath mine = owner.as().when().get("/api/v1/me/invoices").then().statusCode(200).extract().jsonPath();
        String invoiceId = mine.getString("items[0].id");
        String number = mine.getString("items[0].number");
        byte[] pdf = owner.as().accept("application/pdf").when().get("/api/v1/me/invoices/" + invoiceId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Invoice " + number, "Pro plan, monthly",
                    "19.00 USD", "Total", "Account: " + accounts.get(0), "Status: open");
        }
        owner.as().when().get("/api/v1/me/invoices/" + invoiceId).then().statusCode(200)
                .body("number", equalTo(number)).body("total", equalTo(1900));
        Accounts.author().as().when().get("/api/v1/me/invoices/" + invoiceId).then().statusCode(404);

        String etag = admin.as().when().get("/api/v1/admin/billing/invoices/" + invoiceId).then().statusCode(200)
                .extract().header("ETag");
        admin.as().header("If-Match", etag).when().post("/api/v1/admin/billing/invoices/" + invoiceId + "/pay")
                .then().statusCode(200).body("status", equalTo("paid")).body("paidWith", equalTo("manual"));
        admin.as().header("If-Match", etag).when().post("/api/v1/admin/billing/invoices/" + invoiceId + "/void")
                .then().statusCode(412);
        admin.as().when().post("/api/v1/admin/billing/invoices/" + invoiceId + "/void").then().statusCode(428);
        String paidTag = admin.as().when().get("/api/v1/admin/billing/invoices/" + invoiceId).then().extract()
                .header("ETag");
        admin.as().header("If-Match", paidTag).when().post("/api/v1/admin/billing/invoices/" + invoiceId + "/void")
                .then().statusCode(409).body("code", equalTo("invoice.invalid-transition"));

        YearMonth month = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        JsonPath revenue = admin.as().queryParam("from", month.minusMonths(1).toString())
                .queryParam("to", month.plusMonths(1).toString()).when().get("/api/v1/admin/billing/revenue").then()
                .statusCode(200).extract().jsonPath();
        assertThat(revenue.getList("findAll { it.currency == 'USD' }.mrr", Integer.class).stream()
                .mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(3 * 1900);
        assertThat(revenue.getList("findAll { it.currency == 'USD' }.collected", Integer.class).stream()
                .mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1900);
        admin.as().queryParam("from", "2026-13").when().get("/api/v1/admin/billing/revenue").then().statusCode(400);
        admin.as().queryParam("status", "weird").when().get("/api/v1/admin/billing/invoices").then().statusCode(400);
        admin.as().queryParam("status", "paid").when().get("/api/v1/admin/billing/invoices").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(invoiceId));
    }

    @Test
    void aReservationNeverCommittedIsReleasedWhenItExpires() {
        Tokens author = Accounts.author();
        String email = email(author);
        UserId account = new UserId(UUID.fromString(BillingFixtures.userId(author)));
        usage.reserve(account, "run:" + UUID.randomUUID(), "run", Map.of(Metric.AI_RUNS, 1L, Metric.LLM_TOKENS, 500L));
        author.as().when().get("/api/v1/me/usage").then().body("metrics.llm_tokens.reserved", equalTo(500));

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        cycle.runDue();

        Tokens again = Accounts.logIn(email, Accounts.PASSWORD);
        again.as().when().get("/api/v1/me/usage").then().body("metrics.llm_tokens.reserved", equalTo(0))
                .body("metrics.ai_runs.reserved", equalTo(0)).body("metrics.ai_runs.used", equalTo(0));
    }

    @Test
    void aDowngradeTakesEffectWhenThePeriodCloses() {
        Tokens author = Accounts.author();
        String account = BillingFixtures.userId(author);
        BillingFixtures.assign(account, BillingFixtures.PRO);
        String version = author.as().when().get("/api/v1/me/subscription").then().extract().header("ETag");
        author.as().contentType(io.restassured.http.ContentType.JSON).header("If-Match", version)
                .body(Map.of("planId", BillingFixtures.FREE)).when().put("/api/v1/me/subscription/plan").then()
                .statusCode(200);
        String end = author.as().when().get("/api/v1/me/subscription").then().body("plan.code", equalTo("pro"))
                .body("pendingPlan.code", equalTo("free")).extract().path("currentPeriodEnd");

        clock.advance(Duration.between(clock.instant(), Instant.parse(end)).plusSeconds(1));
        cycle.runDue();

        Accounts.admin().as().when().get("/api/v1/admin/billing/accounts/" + account + "/subscription").then()
                .statusCode(200).body("plan.code", equalTo("free")).body("pendingPlan", org.hamcrest.Matchers.nullValue());
        Accounts.admin().as().when().get("/api/v1/admin/billing/accounts/" + account + "/usage").then()
                .body("metrics.ai_runs.limit", equalTo(50));
    }

    private void use(String account, int runs) {
        UserId id = new UserId(UUID.fromString(account));
        for (int i = 0; i < runs; i++) {
            var reservation = usage.reserve(id, "run:" + UUID.randomUUID(), "run", Map.of(Metric.AI_RUNS, 1L));
            usage.commit(reservation, Map.of(Metric.AI_RUNS, 1L));
        }
    }

    private static String email(Tokens tokens) {
        return tokens.as().when().get("/api/v1/me").then().extract().path("email");
    }

    private long count(String sql, String parameter) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<Integer> allNumbers(int year) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT number FROM billing_invoices WHERE number LIKE ? ORDER BY number")) {
            statement.setString(1, year + "-%");
            List<Integer> numbers = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    numbers.add(Integer.parseInt(rows.getString(1).substring(5)));
                }
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
