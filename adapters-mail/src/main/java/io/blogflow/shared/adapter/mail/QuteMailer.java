package io.blogflow.shared.adapter.mail;

import io.blogflow.shared.application.port.out.Mailer;
import io.blogflow.shared.domain.mail.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.util.Map;

/**
 * Renders a mail's template twice, {@code mail/<template>.html} and {@code mail/<template>.txt} (both include the one
 * layout, {@code mail/layout.*}), with {@code data} (the mail's values), {@code subject} and {@code site}
 * ({@code title}, {@code url}), and hands the message to the transport.
 */
public final class QuteMailer implements Mailer {

    private final Engine qute;
    private final MailTransport transport;
    private final String from;
    private final Map<String, String> site;

    public QuteMailer(Engine qute, MailTransport transport, String from, String siteTitle, String siteUrl) {
        this.qute = qute;
        this.transport = transport;
        this.from = from;
        this.site = Map.of("title", siteTitle, "url", siteUrl);
    }

    @Override
    public void send(Mail mail) {
        transport.deliver(new RenderedMail(from, mail.to(), mail.subject(), render(mail, "html"), render(mail, "txt"),
                mail.headers()));
    }

    private String render(Mail mail, String variant) {
        Template template = qute.getTemplate("mail/" + mail.template() + "." + variant);
        if (template == null) {
            throw new IllegalStateException("No mail template mail/" + mail.template() + "." + variant);
        }
        return template.data("data", mail.data()).data("subject", mail.subject()).data("site", site).render();
    }
}
