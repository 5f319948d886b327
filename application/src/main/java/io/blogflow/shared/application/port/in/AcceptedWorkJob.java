package io.blogflow.shared.application.port.in;

import io.blogflow.shared.domain.job.JobType;

/**
 * Finishes in the background work a request accepted with {@code Prefer: respond-async} (an action run, an image
 * generation): {@link #perform} does it, idempotently (work an earlier attempt finished is left alone). The work
 * records its own failures, so a break is not tried again ({@link JobFailedPermanently}); work the queue gives up on
 * is {@link #abandon abandoned}: recorded as failed, its starter told.
 */
public abstract class AcceptedWorkJob<P> implements JobHandler<P> {

    private final JobType<P> type;
    private final String work;

    /** @param work what the job performs, as its failures name it ("run", "generation") */
    protected AcceptedWorkJob(JobType<P> type, String work) {
        this.type = type;
        this.work = work;
    }

    @Override
    public final JobType<P> type() {
        return type;
    }

    @Override
    public final void handle(P payload, Attempt attempt) {
        try {
            perform(payload);
        } catch (RuntimeException broken) {
            // The work is recorded as failed and its starter told: trying again would find it finished.
            throw new JobFailedPermanently("The " + work + " broke off: " + broken, broken);
        }
    }

    @Override
    public final void onGiveUp(P payload, Attempt attempt, String error) {
        abandon(payload, error);
    }

    /** Does the accepted work, unless it has finished already. */
    protected abstract void perform(P payload);

    /** Records the work as failed (unless it finished after all) and tells its starter. */
    protected abstract void abandon(P payload, String error);
}
