package io.blogflow.shared.application.service;

import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.application.port.out.Mailer;
import io.blogflow.shared.domain.job.JobType;
import io.blogflow.shared.domain.mail.Mail;

/** The only sender of mail: one job per message, retried with backoff while the server refuses or is away. */
public final class SendMailJob implements JobHandler<Mail> {

    public static final JobType<Mail> TYPE = JobType.of("mail.send", Mail.class).withMaxAttempts(8);

    private final Mailer mailer;

    public SendMailJob(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public JobType<Mail> type() {
        return TYPE;
    }

    @Override
    public void handle(Mail mail, Attempt attempt) {
        mailer.send(mail);
    }
}
