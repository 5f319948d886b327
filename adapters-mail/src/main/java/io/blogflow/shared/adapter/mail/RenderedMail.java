package io.blogflow.shared.adapter.mail;

import java.util.Objects;

/** A message ready to go: addresses, subject and both bodies. */
public record RenderedMail(String from, String to, String subject, String html, String text) {

    public RenderedMail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
