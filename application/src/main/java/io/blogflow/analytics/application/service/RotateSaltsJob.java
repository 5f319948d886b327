package io.blogflow.analytics.application.service;

import io.blogflow.shared.application.port.in.PeriodicJob;
import java.time.Duration;

/** Creates today's salt ahead of the first event and deletes salts 48 hours after their day began. */
public final class RotateSaltsJob implements PeriodicJob {

    private final SaltKeeper salts;
    private final Duration interval;

    public RotateSaltsJob(SaltKeeper salts, Duration interval) {
        this.salts = salts;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "analytics.rotate-salts";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        salts.rotate();
    }
}
