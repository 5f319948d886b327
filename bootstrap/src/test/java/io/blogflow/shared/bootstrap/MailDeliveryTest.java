package io.blogflow.shared.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.mail.Mail;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class MailDeliveryTest {

    @Inject
    OutgoingMail mail;

    @Inject
    Transactions transactions;

    @Test
    void queuedMailIsRenderedInTheLayoutAndSentOverSmtpAfterTheCommit() throws Exception {
        String to = "ada-" + UUID.randomUUID() + "@example.com";
        transactions.inTransaction(() -> mail.queue(new Mail(to, "Your post was approved", "notification",
                Map.of("title", "“Tides” was approved", "body", "An editor approved <script>alert(1)</script>.",
                        "link", "http://localhost:8080/posts/1"))));

        MimeMessage received = GreenMailTestResource.awaitMailTo(to);
        assertThat(received.getSubject()).isEqualTo("Your post was approved");
        assertThat(received.getFrom()[0].toString()).isEqualTo("blogflow <no-reply@localhost>");
        assertThat(GreenMailUtil.getWholeMessage(received)).contains("multipart/alternative");
        assertThat(part(received, "text/plain")).contains("“Tides” was approved")
                .contains("An editor approved <script>alert(1)</script>.")
                .contains("Open: http://localhost:8080/posts/1")
                .contains("blogflow · http://localhost:8080");
        assertThat(part(received, "text/html")).contains("<h1 style=\"font-size:20px\">“Tides” was approved</h1>")
                .contains("An editor approved &lt;script&gt;alert(1)&lt;/script&gt;.")
                .doesNotContain("<script>")
                .contains("href=\"http://localhost:8080/posts/1\"")
                .contains("<title>Your post was approved</title>");
    }

    @Test
    void mailQueuedInATransactionThatRollsBackIsNeverSent() {
        String to = "never-" + UUID.randomUUID() + "@example.com";
        try {
            transactions.inTransaction(() -> {
                mail.queue(new Mail(to, "Never", "notification", Map.of("title", "t", "body", "b", "link", "")));
                throw new IllegalStateException("the use case fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String witness = "witness-" + UUID.randomUUID() + "@example.com";
        transactions.inTransaction(() -> mail.queue(new Mail(witness, "Witness", "notification",
                Map.of("title", "t", "body", "b", "link", ""))));
        GreenMailTestResource.awaitMailTo(witness);
        assertThat(GreenMailTestResource.mailsTo(to)).isEmpty();
    }

    static String part(MimeMessage message, String type) throws Exception {
        var parts = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("No " + type + " part");
    }
}
