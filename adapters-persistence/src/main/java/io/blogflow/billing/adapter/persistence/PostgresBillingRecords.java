package io.blogflow.billing.adapter.persistence;

import io.blogflow.billing.application.port.out.InvoiceNumbers;
import io.blogflow.billing.application.port.out.PaymentProvider.UsageEvent;
import io.blogflow.billing.application.port.out.PendingCharges;
import io.blogflow.billing.application.port.out.ProviderEvents;
import io.blogflow.billing.application.port.out.UsageExport;
import io.blogflow.billing.application.port.out.UsageHistory;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Billing's small append-mostly tables: invoice number counters, lines waiting for an invoice, provider events seen,
 * closed periods' usage and the ledger's export to the payment provider.
 */
@ApplicationScoped
public class PostgresBillingRecords implements InvoiceNumbers, PendingCharges, ProviderEvents, UsageHistory,
        UsageExport {

    private final Sql sql;

    public PostgresBillingRecords(EntityManager em) {
        this.sql = new Sql(em);
    }

    @Override
    public long next(int year) {
        // The row lock of the upsert queues concurrent finalizations; a rollback gives the number back.
        return sql.one("""
                INSERT INTO billing_invoice_numbers (year, last_number) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = billing_invoice_numbers.last_number + 1
                RETURNING last_number
                """, row -> row.getLong(1), year).orElseThrow();
    }

    @Override
    public void add(UUID subscription, InvoiceLine line, Instant at) {
        sql.update("INSERT INTO billing_pending_charges (subscription_id, kind, description, quantity, amount, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?)", subscription, line.kind().code(), line.description(),
                line.quantity(), line.amount(), at);
    }

    @Override
    public List<InvoiceLine> take(UUID subscription) {
        List<InvoiceLine> lines = of(subscription);
        sql.update("DELETE FROM billing_pending_charges WHERE subscription_id = ?", subscription);
        return lines;
    }

    @Override
    public List<InvoiceLine> of(UUID subscription) {
        return sql.list("SELECT kind, description, quantity, amount FROM billing_pending_charges "
                        + "WHERE subscription_id = ? ORDER BY id",
                row -> new InvoiceLine(InvoiceLine.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                        row.getString("description"), null, row.getLong("quantity"), row.getLong("amount")),
                subscription);
    }

    @Override
    public boolean claim(String eventId, String type, Instant receivedAt) {
        return sql.update("INSERT INTO billing_provider_events (event_id, type, received_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (event_id) DO NOTHING", eventId, type, receivedAt) == 1;
    }

    @Override
    public void record(UserId account, ClosedPeriod period) {
        period.used().forEach((metric, used) -> sql.update("""
                INSERT INTO billing_usage_periods (account_id, period_start, period_end, metric, used)
                VALUES (?, ?, ?, ?, ?)
                """, account.value(), period.periodStart(), period.periodEnd(), metric.code(), used));
    }

    @Override
    public List<ClosedPeriod> of(UserId account, int limit) {
        Map<Instant, ClosedPeriod> periods = new LinkedHashMap<>();
        sql.list("""
                SELECT period_start, period_end, metric, used FROM billing_usage_periods
                WHERE account_id = ? AND period_start IN (
                    SELECT DISTINCT period_start FROM billing_usage_periods WHERE account_id = ?
                    ORDER BY period_start DESC LIMIT ?)
                ORDER BY period_start DESC, metric
                """, row -> periods.computeIfAbsent(Sql.instant(row, "period_start"),
                        start -> new ClosedPeriod(start, Sql.instantUnchecked(row, "period_end"),
                                new EnumMap<>(Metric.class)))
                .used().put(Metric.ofCode(row.getString("metric")).orElseThrow(), row.getLong("used")),
                account.value(), account.value(), limit);
        return new ArrayList<>(periods.values());
    }

    @Override
    public List<UsageEvent> pending(int limit) {
        return sql.list("""
                SELECT r.idempotency_key, s.provider_customer, r.metric, r.quantity, r.occurred_at
                FROM billing_usage_records r JOIN billing_subscriptions s ON s.account_id = r.account_id
                WHERE r.exported_at IS NULL AND s.provider_customer IS NOT NULL AND r.quantity > 0
                ORDER BY r.id LIMIT ?
                """, row -> new UsageEvent(row.getString("idempotency_key"), row.getString("provider_customer"),
                Metric.ofCode(row.getString("metric")).orElseThrow(), row.getLong("quantity"),
                Sql.instant(row, "occurred_at")), limit);
    }

    @Override
    public void markExported(List<String> identifiers) {
        if (!identifiers.isEmpty()) {
            sql.update("UPDATE billing_usage_records SET exported_at = now() WHERE idempotency_key = ANY (?::text[])",
                    (Object) identifiers.toArray(String[]::new));
        }
    }
}
