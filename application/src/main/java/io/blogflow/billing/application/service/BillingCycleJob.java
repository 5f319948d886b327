package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.in.BillingCycleUseCase;
import io.blogflow.shared.application.port.in.PeriodicJob;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Billing's periodic work on the job queue: each occurrence runs on one instance (the queue's claim), and each item
 * in it is claimed in the database as well ({@code FOR UPDATE SKIP LOCKED}), so a period closes exactly once even
 * when the use case is run elsewhere at the same time.
 */
public final class BillingCycleJob implements PeriodicJob {

    private final BillingCycleUseCase cycle;
    private final Duration interval;
    private final Consumer<BillingCycleUseCase.Report> reported;

    /** {@code reported} gets what each occurrence did (bootstrap logs it). */
    public BillingCycleJob(BillingCycleUseCase cycle, Duration interval,
                           Consumer<BillingCycleUseCase.Report> reported) {
        this.cycle = cycle;
        this.interval = interval;
        this.reported = reported;
    }

    @Override
    public String name() {
        return "billing.cycle";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        reported.accept(cycle.runDue());
    }
}
