package io.blogflow.shared.application.port.out;

import io.blogflow.shared.domain.mail.Mail;

/**
 * Sends one email now; throws when it was not accepted. Only the {@code mail.send} job calls it: use cases queue mail
 * with {@link io.blogflow.shared.application.OutgoingMail}, so nothing is sent for a transaction that rolls back and
 * a failing server is retried with backoff.
 */
public interface Mailer {

    void send(Mail mail);
}
