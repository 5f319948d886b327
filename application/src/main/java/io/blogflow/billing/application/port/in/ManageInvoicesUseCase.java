package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceStatus;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

/**
 * An admin moves an invoice on: finalize a draft (it takes the year's next number), mark it paid (a manual payment),
 * void it or write it off as uncollectible. Audited.
 */
public interface ManageInvoicesUseCase {

    Invoice transition(UserId actor, UUID id, long expectedVersion, InvoiceStatus target);
}
