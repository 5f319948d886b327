package io.blogflow.billing.application.port.in;

import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.Subscription;
import java.util.List;

/**
 * An account's subscription with the plan version it is on, the plan waiting for the period end (or null) and the
 * charges waiting for the next invoice.
 */
public record AccountBilling(Subscription subscription, Plan plan, Plan pendingPlan, List<InvoiceLine> upcoming) {
}
