package io.blogflow.billing.adapter.persistence;

import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.domain.CurrencyCode;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.billing.domain.Metric;
import io.blogflow.billing.domain.PaymentMethod;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invoices with their lines; lines are written with the invoice and never change. */
@ApplicationScoped
public class PostgresInvoiceRepository implements InvoiceRepository {

    private static final String SELECT = """
            SELECT id, number, account_id, subscription_id, currency, period_start, period_end, status, created_at,
                   finalized_at, settled_at, paid_with, provider_invoice, version
            FROM billing_invoices
            """;

    private final Sql sql;

    public PostgresInvoiceRepository(EntityManager em) {
        this.sql = new Sql(em);
    }

    @Override
    public Invoice add(Invoice invoice) {
        sql.update("""
                INSERT INTO billing_invoices (id, number, account_id, subscription_id, currency, period_start,
                    period_end, status, created_at, finalized_at, settled_at, paid_with, provider_invoice, version)
                VALUES (?, ?::varchar, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::varchar, ?::varchar, 0)
                """, invoice.id(), invoice.number(), invoice.account().value(), invoice.subscriptionId(),
                invoice.currency().value(), invoice.periodStart(), invoice.periodEnd(), invoice.status().code(),
                invoice.createdAt(), invoice.finalizedAt(), invoice.settledAt(),
                invoice.paidWith() == null ? null : invoice.paidWith().code(), invoice.providerInvoice());
        int position = 0;
        for (InvoiceLine line : invoice.lines()) {
            sql.update("""
                    INSERT INTO billing_invoice_lines (invoice_id, position, kind, description, metric, quantity, amount)
                    VALUES (?, ?, ?, ?, ?::varchar, ?, ?)
                    """, invoice.id(), ++position, line.kind().code(), line.description(),
                    line.metric() == null ? null : line.metric().code(), line.quantity(), line.amount());
        }
        return find(invoice.id()).orElseThrow();
    }

    @Override
    public Invoice update(Invoice invoice) {
        int changed = sql.update("""
                UPDATE billing_invoices SET number = ?::varchar, status = ?, finalized_at = ?::timestamptz,
                    settled_at = ?::timestamptz, paid_with = ?::varchar, provider_invoice = ?::varchar,
                    version = version + 1
                WHERE id = ? AND version = ?
                """, invoice.number(), invoice.status().code(), invoice.finalizedAt(), invoice.settledAt(),
                invoice.paidWith() == null ? null : invoice.paidWith().code(), invoice.providerInvoice(),
                invoice.id(), invoice.version());
        if (changed == 0) {
            throw new StaleVersionException("invoice");
        }
        return find(invoice.id()).orElseThrow();
    }

    @Override
    public Optional<Invoice> find(UUID id) {
        return withLines(sql.list(SELECT + " WHERE id = ?", PostgresInvoiceRepository::invoice, id)).stream()
                .findFirst();
    }

    @Override
    public Optional<Invoice> lock(UUID id) {
        return withLines(sql.list(SELECT + " WHERE id = ? FOR UPDATE", PostgresInvoiceRepository::invoice, id))
                .stream().findFirst();
    }

    @Override
    public Page<Invoice> ofAccount(UserId account, PageRequest page) {
        long total = sql.one("SELECT count(*) FROM billing_invoices WHERE account_id = ?", row -> row.getLong(1),
                account.value()).orElse(0L);
        List<Invoice> items = withLines(sql.list(SELECT + " WHERE account_id = ? ORDER BY created_at DESC, id DESC "
                + "LIMIT ? OFFSET ?", PostgresInvoiceRepository::invoice, account.value(), page.size(), page.offset()));
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public Page<Invoice> all(InvoiceStatus status, PageRequest page) {
        String where = status == null ? "" : " WHERE status = ?";
        Object[] filter = status == null ? new Object[0] : new Object[]{status.code()};
        long total = sql.one("SELECT count(*) FROM billing_invoices" + where, row -> row.getLong(1), filter)
                .orElse(0L);
        List<Object> parameters = new ArrayList<>(List.of(filter));
        parameters.add(page.size());
        parameters.add(page.offset());
        List<Invoice> items = withLines(sql.list(SELECT + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                PostgresInvoiceRepository::invoice, parameters.toArray()));
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<Invoice> claimDraftsCreatedBefore(Instant before, int limit) {
        return withLines(sql.list(SELECT + " WHERE status = 'draft' AND created_at <= ? ORDER BY created_at "
                + "LIMIT ? FOR UPDATE SKIP LOCKED", PostgresInvoiceRepository::invoice, before, limit));
    }

    @Override
    public List<Invoice> openOf(UserId account) {
        return withLines(sql.list(SELECT + " WHERE account_id = ? AND status = 'open' ORDER BY finalized_at, number "
                + "FOR UPDATE", PostgresInvoiceRepository::invoice, account.value()));
    }

    @Override
    public List<Invoice> forRevenue(Instant from, Instant to) {
        return withLines(sql.list(SELECT + " WHERE finalized_at IS NOT NULL AND status <> 'void' AND "
                        + "((period_start < ? AND period_end > ?) OR (settled_at >= ? AND settled_at < ?))",
                PostgresInvoiceRepository::invoice, to, from, from, to));
    }

    private List<Invoice> withLines(List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return invoices;
        }
        Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
        sql.list("SELECT invoice_id, kind, description, metric, quantity, amount FROM billing_invoice_lines "
                        + "WHERE invoice_id = ANY (?::uuid[]) ORDER BY invoice_id, position",
                row -> lines.computeIfAbsent(Sql.uuid(row, "invoice_id"), id -> new ArrayList<>()).add(line(row)),
                (Object) invoices.stream().map(invoice -> invoice.id().toString()).toArray(String[]::new));
        return invoices.stream().map(invoice -> new Invoice(invoice.id(), invoice.number(), invoice.account(),
                invoice.subscriptionId(), invoice.currency(), invoice.periodStart(), invoice.periodEnd(),
                lines.getOrDefault(invoice.id(), List.of()), invoice.status(), invoice.createdAt(),
                invoice.finalizedAt(), invoice.settledAt(), invoice.paidWith(), invoice.providerInvoice(),
                invoice.version())).toList();
    }

    private static InvoiceLine line(ResultSet row) throws SQLException {
        String metric = row.getString("metric");
        return new InvoiceLine(InvoiceLine.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                row.getString("description"), metric == null ? null : Metric.ofCode(metric).orElseThrow(),
                row.getLong("quantity"), row.getLong("amount"));
    }

    private static Invoice invoice(ResultSet row) throws SQLException {
        String paidWith = row.getString("paid_with");
        return new Invoice(Sql.uuid(row, "id"), row.getString("number"), new UserId(Sql.uuid(row, "account_id")),
                Sql.uuid(row, "subscription_id"), new CurrencyCode(row.getString("currency")),
                Sql.instant(row, "period_start"), Sql.instant(row, "period_end"), List.of(),
                InvoiceStatus.ofCode(row.getString("status")), Sql.instant(row, "created_at"),
                Sql.instant(row, "finalized_at"), Sql.instant(row, "settled_at"),
                paidWith == null ? null : PaymentMethod.valueOf(paidWith.toUpperCase(Locale.ROOT)),
                row.getString("provider_invoice"), row.getLong("version"));
    }
}
