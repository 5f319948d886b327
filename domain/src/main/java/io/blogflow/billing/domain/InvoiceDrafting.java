package io.blogflow.billing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines of the invoice drawn up when a period closes (Stripe's model): the base price of the period that starts,
 * billed in advance; each metric's overage of the period that ended, in arrears, at the limits of the plan version it
 * was used under; and the prorations of plan changes made during it.
 */
public final class InvoiceDrafting {

    private InvoiceDrafting() {
    }

    public static List<InvoiceLine> lines(Plan closedPlan, Map<Metric, Long> used, Plan nextPlan,
                                          BillingInterval nextInterval, List<InvoiceLine> prorations) {
        List<InvoiceLine> lines = new ArrayList<>();
        lines.add(new InvoiceLine(InvoiceLine.Kind.BASE, nextPlan.name() + " plan, " + nextInterval.code() + "ly",
                null, 1, nextPlan.price(nextInterval)));
        for (Metric metric : Metric.values()) {
            long quantity = used.getOrDefault(metric, 0L);
            closedPlan.limit(metric).ifPresent(limit -> {
                long charge = limit.overageCharge(quantity);
                if (limit.overage(quantity) > 0 && limit.overagePrice() != null) {
                    lines.add(new InvoiceLine(InvoiceLine.Kind.OVERAGE, metric.code() + " beyond "
                            + limit.included() + " included", metric, limit.overage(quantity), charge));
                }
            });
        }
        lines.addAll(prorations);
        return lines;
    }
}
