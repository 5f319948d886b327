package io.blogflow.billing.bootstrap;

import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Runs billing's periodic work every {@code blogflow.billing.cycle-interval} (BLOGFLOW_BILLING_CYCLE_INTERVAL, default
 * 60s; {@code off} disables it) on every instance: each period, draft and reservation is claimed in the database, so
 * it is done exactly once however many instances run.
 */
@Singleton
public class BillingCycle {

    private static final Logger LOG = Logger.getLogger(BillingCycle.class);

    private final BillingCycleUseCase cycle;

    public BillingCycle(BillingCycleUseCase cycle) {
        this.cycle = cycle;
    }

    @Scheduled(identity = "billing-cycle", every = "${blogflow.billing.cycle-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        BillingCycleUseCase.Report report = cycle.runDue();
        if (report.periodsClosed() + report.invoicesFinalized() + report.reservationsReleased() + report.downgraded()
                + report.usagePushed() > 0) {
            LOG.infof("Billing: %d period(s) closed, %d invoice(s) finalized, %d reservation(s) released, "
                            + "%d subscription(s) moved to the default plan, %d usage record(s) pushed",
                    report.periodsClosed(), report.invoicesFinalized(), report.reservationsReleased(),
                    report.downgraded(), report.usagePushed());
        }
    }
}
