package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.in.RevenueUseCase;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly recurring revenue from invoices' base lines: a base price covers the months of its period (one for a
 * monthly price, twelve for a yearly one, each getting an equal share, the remainder to the first), overage and
 * prorations are not recurring. Collected is what paid invoices brought in, in the month they were paid.
 */
public final class RevenueService implements RevenueUseCase {

    static final int MAX_MONTHS = 120;

    private final InvoiceRepository invoices;
    private final Transactions transactions;

    public RevenueService(InvoiceRepository invoices, Transactions transactions) {
        this.invoices = invoices;
        this.transactions = transactions;
    }

    @Override
    public List<MonthRevenue> revenue(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new InvalidValueException("range.invalid", "to is not before from, and at most " + MAX_MONTHS
                    + " months apart.");
        }
        Instant start = from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, long[]> totals = new TreeMap<>();
        for (Invoice invoice : transactions.inTransaction(() -> invoices.forRevenue(start, end))) {
            spreadBase(invoice, from, to, totals);
            if (invoice.status() == InvoiceStatus.PAID && invoice.settledAt() != null) {
                YearMonth paid = YearMonth.from(invoice.settledAt().atZone(ZoneOffset.UTC));
                add(totals, paid, invoice.currency().value(), from, to, 1, invoice.total());
            }
        }
        List<MonthRevenue> months = new ArrayList<>();
        totals.forEach((key, amounts) -> months.add(new MonthRevenue(YearMonth.parse(key.substring(0, 7)),
                key.substring(8), amounts[0], amounts[1])));
        return months;
    }

    private static void spreadBase(Invoice invoice, YearMonth from, YearMonth to, Map<String, long[]> totals) {
        long base = invoice.lines().stream().filter(line -> line.kind() == InvoiceLine.Kind.BASE)
                .mapToLong(InvoiceLine::amount).sum();
        if (base == 0 || invoice.periodStart() == null) {
            return;
        }
        YearMonth first = YearMonth.from(invoice.periodStart().atZone(ZoneOffset.UTC));
        long months = Math.max(1, ChronoUnit.MONTHS.between(invoice.periodStart().atZone(ZoneOffset.UTC),
                invoice.periodEnd().atZone(ZoneOffset.UTC)));
        for (int i = 0; i < months; i++) {
            long share = base / months + (i == 0 ? base % months : 0);
            add(totals, first.plusMonths(i), invoice.currency().value(), from, to, 0, share);
        }
    }

    private static void add(Map<String, long[]> totals, YearMonth month, String currency, YearMonth from,
                            YearMonth to, int column, long amount) {
        if (month.isBefore(from) || month.isAfter(to)) {
            return;
        }
        totals.computeIfAbsent(month + " " + currency, key -> new long[2])[column] += amount;
    }
}
