package io.blogflow.billing.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The database itself refuses billing rows that break the rules, whatever the application does. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BillingSchemaTest {

    private static final String PRO = "'0190a000-0000-7000-8000-000000000002'";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void plansAndTheirLimitsMustBeWellFormed() throws SQLException {
        refused("INSERT INTO billing_plans (id, code, current_version, created_at) "
                + "VALUES (gen_random_uuid(), 'Bad Code', 1, now())", "ck_billing_plans_code");
        refused("INSERT INTO billing_plans (id, code, current_version, created_at) "
                + "VALUES (gen_random_uuid(), 'pro', 1, now())", "uq_billing_plans_code");
        refused("INSERT INTO billing_plan_versions (plan_id, version, name, currency, monthly_price, yearly_price, "
                + "active, created_at) VALUES (" + PRO + ", 99, 'X', 'usd', 1, 1, true, now())",
                "ck_billing_plan_versions_currency");
        refused("INSERT INTO billing_plan_versions (plan_id, version, name, currency, monthly_price, yearly_price, "
                + "active, created_at) VALUES (" + PRO + ", 99, 'X', 'USD', -1, 1, true, now())",
                "ck_billing_plan_versions_prices");
        refused("INSERT INTO billing_plan_limits (plan_id, version, metric, included) VALUES (" + PRO
                + ", 1, 'bananas', 1)", "ck_billing_plan_limits_metric");
        refused("INSERT INTO billing_plan_limits (plan_id, version, metric, included, hard_cap) VALUES (" + PRO
                + ", 1, 'llm_tokens', 10, 5)", "ck_billing_plan_limits_hard_cap");
        refused("UPDATE billing_plan_limits SET overage_up_to = '{5}' WHERE plan_id = " + PRO
                + " AND metric = 'seats'", "ck_billing_plan_limits_overage");
    }

    @Test
    void usageNeverGoesNegativeAndALedgerKeyIsRecordedOnce() throws SQLException {
        String account = "'" + BillingFixtures.userId(Accounts.author()) + "'";
        execute("INSERT INTO billing_usage_records (idempotency_key, account_id, metric, quantity, source, "
                + "occurred_at) VALUES ('schema-test-" + account.replace("'", "") + "', " + account
                + ", 'ai_runs', 1, 'run', now())");
        refused("INSERT INTO billing_usage_records (idempotency_key, account_id, metric, quantity, source, "
                + "occurred_at) VALUES ('schema-test-" + account.replace("'", "") + "', " + account
                + ", 'ai_runs', 1, 'run', now())", "uq_billing_usage_records_key");
        refused("INSERT INTO billing_usage_records (idempotency_key, account_id, metric, quantity, source, "
                + "occurred_at) VALUES ('zero-" + account.replace("'", "") + "', " + account
                + ", 'ai_runs', 0, 'run', now())", "ck_billing_usage_records_quantity");
        refused("INSERT INTO billing_usage_counters (account_id, metric, period_start, period_end, used, included) "
                + "VALUES (" + account + ", 'seats', now(), now() + interval '1 month', -1, 0)",
                "ck_billing_usage_counters_amounts");
        refused("INSERT INTO billing_usage_counters (account_id, metric, period_start, period_end, included) "
                + "VALUES (" + account + ", 'seats', now(), now() - interval '1 day', 0)",
                "ck_billing_usage_counters_period");
    }

    @Test
    void invoicesHaveANumberExactlyWhenFinalizedAndOnlyKnownStates() throws SQLException {
        Accounts.author().as().when().get("/api/v1/me/subscription").then().statusCode(200);
        refused("INSERT INTO billing_invoice_numbers (year, last_number) VALUES (1999, 0)",
                "ck_billing_invoice_numbers_last");
        refused("INSERT INTO billing_invoices (id, number, account_id, subscription_id, currency, period_start, "
                + "period_end, status, created_at) SELECT gen_random_uuid(), '2026-000001', account_id, id, 'USD', "
                + "now(), now() + interval '1 month', 'open', now() FROM billing_subscriptions LIMIT 1",
                "ck_billing_invoices_finalized");
        refused("INSERT INTO billing_invoices (id, account_id, subscription_id, currency, period_start, period_end, "
                + "status, created_at) SELECT gen_random_uuid(), account_id, id, 'USD', now(), "
                + "now() + interval '1 month', 'lost', now() FROM billing_subscriptions LIMIT 1",
                "ck_billing_invoices_status");
        refused("UPDATE billing_subscriptions SET status = 'past_due', past_due_since = NULL",
                "ck_billing_subscriptions_past_due");
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void refused(String sql, String constraint) throws SQLException {
        try (var connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).hasMessageContaining(constraint);
        }
    }
}
