package io.blogflow.shared.adapter.mail;

import java.util.Map;
import java.util.Objects;

/** A message ready to go: addresses, subject, both bodies and extra headers. */
public record RenderedMail(String from, String to, String subject, String html, String text,
                           Map<String, String> headers) {

    public RenderedMail(String from, String to, String subject, String html, String text) {
        this(from, to, subject, html, text, Map.of());
    }

    public RenderedMail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
