package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

/** Reading invoices: an account its own, admins everyone's. */
public interface InvoicesUseCase {

    Page<Invoice> ofAccount(UserId account, PageRequest page);

    /** @throws NotFoundException also when it is another account's */
    Invoice ofAccount(UserId account, UUID id);

    Page<Invoice> all(InvoiceStatus status, PageRequest page);

    Invoice get(UUID id);

    /** The invoice as a PDF document. */
    byte[] pdf(Invoice invoice);
}
