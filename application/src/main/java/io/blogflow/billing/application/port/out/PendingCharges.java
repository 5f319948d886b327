package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.InvoiceLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lines waiting for a subscription's next invoice (prorations of plan changes). */
public interface PendingCharges {

    void add(UUID subscription, InvoiceLine line, Instant at);

    /** Removes and answers the subscription's waiting lines, oldest first. */
    List<InvoiceLine> take(UUID subscription);

    List<InvoiceLine> of(UUID subscription);
}
