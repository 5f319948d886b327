package io.blogflow.engagement.application.port.in;

import io.blogflow.shared.domain.InvalidSignatureException;
import java.util.function.Supplier;

/**
 * Bounce and complaint notifications from the mail provider (a signed webhook): the subscriber with the address
 * becomes {@code bounced} or {@code complained}, so no newsletter goes to it again.
 */
public interface MailFeedbackUseCase {

    /**
     * Verifies the signature over the raw body first; only a verified delivery is read ({@code notification}, which
     * may throw a validation error for a malformed body) and applied.
     *
     * @throws InvalidSignatureException when unsigned, forged or stale (or no
     *                                                                           secret is configured): nothing changes
     */
    Outcome receive(byte[] body, String signatureHeader, Supplier<Notification> notification);

    /**
     * @param type       {@code bounce} or {@code complaint}
     * @param email      the address the provider reports
     * @param bounceType {@code permanent} (default) or {@code transient}; a transient bounce changes nothing
     */
    record Notification(String type, String email, String bounceType) {
    }

    /** @param applied whether a subscriber changed; @param state its state afterwards (null: no such subscriber) */
    record Outcome(boolean applied, String state) {
    }
}
