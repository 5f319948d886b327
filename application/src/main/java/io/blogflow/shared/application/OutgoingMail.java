package io.blogflow.shared.application;

import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.service.SendMailJob;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobPriority;
import io.blogflow.shared.domain.mail.Mail;

/**
 * How use cases send mail: queued as a {@code mail.send} job in their transaction, sent after it commits (and only
 * then), retried with backoff. Mail people wait for (a reset link) goes first.
 */
public final class OutgoingMail {

    private final Jobs jobs;

    public OutgoingMail(Jobs jobs) {
        this.jobs = jobs;
    }

    public JobId queue(Mail mail) {
        return jobs.enqueue(SendMailJob.TYPE, mail);
    }

    /** For mail someone is waiting for right now (verification, password reset, invitation). */
    public JobId queueUrgent(Mail mail) {
        return jobs.enqueue(SendMailJob.TYPE, mail, Jobs.Options.DEFAULT.priority(JobPriority.HIGH));
    }
}
