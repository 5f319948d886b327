package io.blogflow.billing.bootstrap;

import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import org.jboss.logging.Logger;

/** One log line for each billing cycle that did something. */
final class BillingCycleReports {

    private static final Logger LOG = Logger.getLogger("io.blogflow.billing.cycle");

    private BillingCycleReports() {
    }

    static void log(BillingCycleUseCase.Report report) {
        if (report.periodsClosed() + report.invoicesFinalized() + report.reservationsReleased() + report.downgraded()
                + report.usagePushed() > 0) {
            LOG.infof("Billing: %d period(s) closed, %d invoice(s) finalized, %d reservation(s) released, "
                            + "%d subscription(s) moved to the default plan, %d usage record(s) pushed",
                    report.periodsClosed(), report.invoicesFinalized(), report.reservationsReleased(),
                    report.downgraded(), report.usagePushed());
        }
    }
}
