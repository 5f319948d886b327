package io.blogflow.shared.domain.mail;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One email to one person: the template (its HTML and text variants are rendered with {@code data}) and the subject,
 * and extra headers (e.g. a newsletter's {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}). Values are
 * strings so a mail travels as a job payload.
 */
public record Mail(String to, String subject, String template, Map<String, String> data,
                   Map<String, String> headers) {

    private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern HEADER_NAME = Pattern.compile("(List|X)-[A-Za-z0-9-]{1,60}");

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
        // Absent in payloads queued before headers existed.
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches() || value.length() > 2000 || value.contains("\n")
                    || value.contains("\r")) {
                throw new IllegalArgumentException("Extra headers are List-* or X-* names with one-line values: "
                        + name);
            }
        });
    }

    public Mail(String to, String subject, String template, Map<String, String> data) {
        this(to, subject, template, data, Map.of());
    }
}
