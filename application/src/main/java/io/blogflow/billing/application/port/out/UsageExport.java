package io.blogflow.billing.application.port.out;

import io.blogflow.billing.application.port.out.PaymentProvider.UsageEvent;
import java.util.List;

/** Ledger records not yet pushed to the payment provider (of accounts that are its customers): an outbox. */
public interface UsageExport {

    List<UsageEvent> pending(int limit);

    void markExported(List<String> identifiers);
}
