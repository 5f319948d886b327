package io.blogflow.shared.adapter.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** SMTP through Quarkus Mailer (host, port, STARTTLS or TLS and authentication come from quarkus.mailer.*). */
public final class SmtpMailTransport implements MailTransport {

    private final Mailer mailer;

    public SmtpMailTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void deliver(RenderedMail mail) {
        Mail message = Mail.withHtml(mail.to(), mail.subject(), mail.html()).setText(mail.text()).setFrom(mail.from());
        mail.headers().forEach(message::addHeader);
        mailer.send(message);
    }
}
