package io.blogflow.shared.bootstrap;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the run; tests read what it received with {@link #mailsTo} and
 * wait for a message with {@link #awaitMail} (mail leaves through the job queue, after the commit).
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    /** Long enough for the job queue to deliver on a busy machine. */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    private static volatile GreenMail server;

    public static GreenMail server() {
        return server;
    }

    /** Every message received so far with {@code to} among its recipients, oldest first. */
    public static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits for a message to {@code to} with this subject and answers the latest such. */
    public static MimeMessage awaitMail(String to, String subject) {
        await().atMost(DELIVERY).until(() -> mailsTo(to).stream().anyMatch(m -> subject(m).equals(subject)));
        List<MimeMessage> matching = mailsTo(to).stream().filter(m -> subject(m).equals(subject)).toList();
        return matching.get(matching.size() - 1);
    }

    /** Waits for the first message to {@code to}, whatever its subject. */
    public static MimeMessage awaitMailTo(String to) {
        await().atMost(DELIVERY).until(() -> !mailsTo(to).isEmpty());
        return mailsTo(to).get(0);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return Map.of("blogflow.mail.smtp-host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
