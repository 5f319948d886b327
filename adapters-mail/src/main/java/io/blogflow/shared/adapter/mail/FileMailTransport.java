package io.blogflow.shared.adapter.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The embedded default when no SMTP server is configured: each message is logged and written to one readable file
 * (headers, the text body, then the HTML body), so a newcomer can open their verification link.
 */
public final class FileMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(FileMailTransport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;

    public FileMailTransport(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void deliver(RenderedMail mail) {
        Instant now = clock.instant();
        String name = STAMP.format(now) + "-" + safe(mail.to()) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + ".eml";
        String content = "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(java.time.ZoneOffset.UTC))
                + "\nFrom: " + mail.from() + "\nTo: " + mail.to() + "\nSubject: " + mail.subject()
                + headers(mail) + "\nContent-Type: text/plain; charset=UTF-8\n\n" + mail.text()
                + "\n\n----- HTML version -----\n\n" + mail.html() + "\n";
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            LOG.infof("Mail to %s, \"%s\" (no SMTP server configured): written to %s%n%s", mail.to(), mail.subject(),
                    file.toAbsolutePath(), mail.text());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write mail to " + directory, e);
        }
    }

    private static String headers(RenderedMail mail) {
        StringBuilder lines = new StringBuilder();
        mail.headers().forEach((name, value) -> lines.append('\n').append(name).append(": ").append(value));
        return lines.toString();
    }

    private static String safe(String address) {
        return address.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
    }
}
