package io.blogflow.billing.application.service;

import io.blogflow.billing.application.BillingSettings;
import io.blogflow.billing.application.port.in.InvoicesUseCase;
import io.blogflow.billing.application.port.in.ManageInvoicesUseCase;
import io.blogflow.billing.application.port.out.InvoiceDocuments;
import io.blogflow.billing.application.port.out.InvoiceRepository;
import io.blogflow.billing.domain.BillingErrors;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.billing.domain.PaymentMethod;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public final class InvoiceService implements InvoicesUseCase, ManageInvoicesUseCase {

    private final InvoiceRepository invoices;
    private final InvoiceFinalizing finalizing;
    private final InvoiceDocuments documents;
    private final BillingSettings settings;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public InvoiceService(InvoiceRepository invoices, InvoiceFinalizing finalizing, InvoiceDocuments documents,
                   BillingSettings settings, Transactions transactions, Clock clock, AuditTrail audit) {
        this.invoices = invoices;
        this.finalizing = finalizing;
        this.documents = documents;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Page<Invoice> ofAccount(UserId account, PageRequest page) {
        return transactions.inTransaction(() -> invoices.ofAccount(account, page));
    }

    @Override
    public Invoice ofAccount(UserId account, UUID id) {
        return transactions.inTransaction(() -> invoices.find(id)).filter(invoice -> invoice.account().equals(account))
                .orElseThrow(() -> new NotFoundException("invoice", id.toString()));
    }

    @Override
    public Page<Invoice> all(InvoiceStatus status, PageRequest page) {
        return transactions.inTransaction(() -> invoices.all(status, page));
    }

    @Override
    public Invoice get(UUID id) {
        return transactions.inTransaction(() -> invoices.find(id))
                .orElseThrow(() -> new NotFoundException("invoice", id.toString()));
    }

    @Override
    public byte[] pdf(Invoice invoice) {
        return documents.pdf(invoice, settings.issuer());
    }

    @Override
    public Invoice transition(UserId actor, UUID id, long expectedVersion, InvoiceStatus target) {
        return transactions.inTransaction(() -> {
            Invoice invoice = invoices.lock(id).orElseThrow(() -> new NotFoundException("invoice",
                    id.toString()));
            if (invoice.version() != expectedVersion) {
                throw new StaleVersionException("invoice", invoice.version());
            }
            Instant now = clock.instant();
            Invoice moved = switch (target) {
                case OPEN -> finalizing.finalize(invoice, now);
                case PAID -> invoices.update(invoice.paid(PaymentMethod.MANUAL, null, now));
                case VOID -> invoices.update(invoice.voided(now));
                case UNCOLLECTIBLE -> invoices.update(invoice.uncollectible(now));
                case DRAFT -> throw new BillingErrors.InvalidTransition(invoice.status(), target);
            };
            audit.record(actor, "billing.invoice-" + target.code(), "invoice", id,
                    Map.of("status", invoice.status().code()), Map.of("status", moved.status().code(),
                            "number", String.valueOf(moved.number())));
            return moved;
        });
    }
}
