package io.blogflow.shared.domain.mail;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One email to one person: the template (its HTML and text variants are rendered with {@code data}) and the subject.
 * Values are strings so a mail travels as a job payload.
 */
public record Mail(String to, String subject, String template, Map<String, String> data) {

    private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        if (!ADDRESS.matcher(to).matches() || to.length() > 254) {
            throw new IllegalArgumentException("Not an email address: " + to);
        }
        if (subject.isBlank() || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A subject is one line of 1 to 200 characters");
        }
        if (template == null || !TEMPLATE.matcher(template).matches()) {
            throw new IllegalArgumentException("A template name is lower-case words joined by dashes: " + template);
        }
        data = Map.copyOf(Objects.requireNonNull(data, "data"));
    }
}
