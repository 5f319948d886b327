package io.blogflow.shared.adapter.jobs;

import io.blogflow.shared.application.port.out.SignalChannels;
import java.util.List;

/**
 * Makes this instance's workers look for due jobs as soon as {@code NOTIFY blogflow_jobs} arrives (sent by enqueues of
 * due jobs, delivered when they commit): the time from commit to start is milliseconds on every instance, not a
 * polling interval. Without a signal the idle tick of the subscription (the poll interval) wakes them anyway:
 * retries and scheduled jobs come due without one, and a signal sent while not listening is caught up. This real-time
 * tick, not db-scheduler's own wait, paces polling: that wait is measured on the application clock, which tests move
 * forward and back.
 */
final class JobWakeUps implements SignalChannels.Subscriber {

    static final String CHANNEL = "blogflow_jobs";

    private final Runnable wakeUp;

    JobWakeUps(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    @Override
    public void signalled(List<String> payloads) {
        wakeUp.run();
    }

    @Override
    public void mayHaveMissedSignals() {
        wakeUp.run();
    }

    @Override
    public void idle() {
        wakeUp.run();
    }
}
