package io.blogflow.shared.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailTransportTest {

    @TempDir
    Path folder;

    @Test
    void eachMessageBecomesOneReadableFileWithHeadersAndBothBodies() throws Exception {
        var transport = new FileMailTransport(folder.resolve("mail"),
                Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC));
        transport.deliver(new RenderedMail("blogflow <no-reply@localhost>", "Ada@Example.com", "Verify your email",
                "<p><a href=\"http://x/verify\">Verify</a></p>", "Verify: http://x/verify"));
        transport.deliver(new RenderedMail("blogflow <no-reply@localhost>", "ada@example.com", "Second", "<p>2</p>",
                "2"));

        List<Path> files;
        try (Stream<Path> listing = Files.list(folder.resolve("mail"))) {
            files = listing.sorted().toList();
        }
        assertThat(files).hasSize(2).allSatisfy(file -> assertThat(file.getFileName().toString())
                .startsWith("20260105T100000.000Z-ada@example.com-").endsWith(".eml"));
        // Same instant, same address: the names differ only in their random suffix, so find the first by content.
        String first = files.stream().map(FileMailTransportTest::read)
                .filter(text -> text.contains("Subject: Verify your email")).findFirst().orElseThrow();
        assertThat(first)
                .contains("From: blogflow <no-reply@localhost>\n")
                .contains("To: Ada@Example.com\n")
                .contains("Subject: Verify your email\n")
                .contains("Date: Mon, 5 Jan 2026 10:00:00 GMT\n")
                .contains("\n\nVerify: http://x/verify\n")
                .contains("<a href=\"http://x/verify\">");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
