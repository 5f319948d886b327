package io.blogflow.shared.bootstrap;

import io.blogflow.shared.adapter.mail.FileMailTransport;
import io.blogflow.shared.adapter.mail.MailTransport;
import io.blogflow.shared.adapter.mail.QuteMailer;
import io.blogflow.shared.adapter.mail.SmtpMailTransport;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.Mailer;
import io.blogflow.shared.application.service.SendMailJob;
import io.quarkus.qute.Engine;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Mail: Qute templates sent over SMTP when a server is configured, otherwise logged and written to a folder. */
@Singleton
public class MailProducers {

    private static final Logger LOG = Logger.getLogger(MailProducers.class);

    @Produces
    @Singleton
    Mailer mailer(Engine qute, io.quarkus.mailer.Mailer smtp, BlogflowConfig config, Clock clock) {
        var mail = config.mail();
        MailTransport transport;
        if (mail.smtpHost().isPresent()) {
            transport = new SmtpMailTransport(smtp);
        } else {
            Path folder = Path.of(mail.dir());
            LOG.infof("No SMTP server configured (BLOGFLOW_MAIL_SMTP_HOST): mail is logged and written to %s",
                    folder.toAbsolutePath());
            transport = new FileMailTransport(folder, clock);
        }
        return new QuteMailer(qute, transport, mail.from(), config.site().title(), config.site().url().toString());
    }

    @Produces
    @Singleton
    SendMailJob sendMailJob(Mailer mailer) {
        return new SendMailJob(mailer);
    }

    @Produces
    @Singleton
    OutgoingMail outgoingMail(Jobs jobs) {
        return new OutgoingMail(jobs);
    }
}
