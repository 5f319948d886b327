package io.blogflow.billing.domain;

import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A bill for one period of a subscription: the base price of the period it opens, overage of the period it closes and
 * prorations from plan changes during it. Drafts carry no number; finalizing gives it the next number of the year,
 * without gaps, and makes it owed. Money is whole minor units of {@code currency}.
 */
public record Invoice(UUID id, String number, UserId account, UUID subscriptionId, CurrencyCode currency,
                     Instant periodStart, Instant periodEnd, List<InvoiceLine> lines, InvoiceStatus status,
                     Instant createdAt, Instant finalizedAt, Instant settledAt, PaymentMethod paidWith,
                     String providerInvoice, long version) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        boolean finalized = finalizedAt != null;
        if ((number != null) != finalized || (status == InvoiceStatus.DRAFT && finalized)
                || (!finalized && status != InvoiceStatus.DRAFT && status != InvoiceStatus.VOID)) {
            throw new IllegalArgumentException("finalized invoices, and only they, have a number");
        }
    }

    public static Invoice draft(UUID id, UserId account, UUID subscriptionId, CurrencyCode currency,
                                Instant periodStart, Instant periodEnd, List<InvoiceLine> lines, Instant now) {
        return new Invoice(id, null, account, subscriptionId, currency, periodStart, periodEnd, lines,
                InvoiceStatus.DRAFT, now, null, null, null, null, 0);
    }

    public long total() {
        return lines.stream().mapToLong(InvoiceLine::amount).reduce(0, Math::addExact);
    }

    /** The number of the {@code sequence}-th invoice finalized in the year of {@code at}: 2025-000042. */
    public static String number(Instant at, long sequence) {
        return at.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", sequence);
    }

    /** The year whose number sequence an invoice finalized at {@code at} takes a number from. */
    public static int numberingYear(Instant at) {
        return at.atZone(ZoneOffset.UTC).getYear();
    }

    public Invoice finalized(String assignedNumber, Instant at) {
        require(InvoiceStatus.OPEN);
        return new Invoice(id, Objects.requireNonNull(assignedNumber), account, subscriptionId, currency, periodStart,
                periodEnd, lines, InvoiceStatus.OPEN, createdAt, at, null, null, providerInvoice, version);
    }

    public Invoice paid(PaymentMethod method, String providerReference, Instant at) {
        require(InvoiceStatus.PAID);
        return new Invoice(id, number, account, subscriptionId, currency, periodStart, periodEnd, lines,
                InvoiceStatus.PAID, createdAt, finalizedAt, at, method,
                providerReference != null ? providerReference : providerInvoice, version);
    }

    public Invoice voided(Instant at) {
        require(InvoiceStatus.VOID);
        return settled(InvoiceStatus.VOID, at);
    }

    public Invoice uncollectible(Instant at) {
        require(InvoiceStatus.UNCOLLECTIBLE);
        return settled(InvoiceStatus.UNCOLLECTIBLE, at);
    }

    private Invoice settled(InvoiceStatus newStatus, Instant at) {
        return new Invoice(id, number, account, subscriptionId, currency, periodStart, periodEnd, lines, newStatus,
                createdAt, finalizedAt, at, null, providerInvoice, version);
    }

    private void require(InvoiceStatus target) {
        if (!status.next().contains(target)) {
            throw new BillingErrors.InvalidTransition(status, target);
        }
    }
}
