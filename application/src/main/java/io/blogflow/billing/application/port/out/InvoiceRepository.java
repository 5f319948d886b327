package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface InvoiceRepository {

    Invoice add(Invoice invoice);

    /** @throws io.blogflow.shared.domain.StaleVersionException when it changed since it was read */
    Invoice update(Invoice invoice);

    Optional<Invoice> find(UUID id);

    Optional<Invoice> lock(UUID id);

    Page<Invoice> ofAccount(UserId account, PageRequest page);

    /** All accounts' invoices, newest first, optionally of one status. */
    Page<Invoice> all(InvoiceStatus status, PageRequest page);

    /** Drafts created before {@code before}, claimed (SKIP LOCKED) for finalizing. */
    List<Invoice> claimDraftsCreatedBefore(Instant before, int limit);

    /** The account's open invoices, oldest first: provider payments settle them in that order. */
    List<Invoice> openOf(UserId account);

    /** Finalized, not void, invoices whose period overlaps [from, to) or that were settled in it: for revenue. */
    List<Invoice> forRevenue(Instant from, Instant to);
}
