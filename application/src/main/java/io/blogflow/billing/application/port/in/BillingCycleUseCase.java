package io.blogflow.billing.application.port.in;

/**
 * The periodic work of billing, safe to run on every instance at once: each item is claimed in the database, so it
 * is done exactly once. Closes ended periods (usage history, invoice draft, counters reset, usage report), finalizes
 * drafts after their review time, releases abandoned reservations, ends expired grace periods, pushes usage to the
 * payment provider.
 */
public interface BillingCycleUseCase {

    Report runDue();

    record Report(int periodsClosed, int invoicesFinalized, int reservationsReleased, int downgraded,
                  int usagePushed) {
    }
}
