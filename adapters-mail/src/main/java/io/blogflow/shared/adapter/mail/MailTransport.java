package io.blogflow.shared.adapter.mail;

/** Where rendered mail goes: an SMTP server, or the log and a folder. Throws when the message was not accepted. */
public interface MailTransport {

    void deliver(RenderedMail mail);
}
