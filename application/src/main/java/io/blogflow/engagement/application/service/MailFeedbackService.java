package io.blogflow.engagement.application.service;

import io.blogflow.engagement.application.port.in.MailFeedbackUseCase;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.application.port.out.WebhookSignatures;
import io.blogflow.engagement.domain.MailFeedback;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidSignatureException;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies the mail provider's bounce and complaint notifications. The signature is checked before the body is read;
 * the subscriber is found by its address fingerprint and changed under its row lock, audited as the system's doing
 * (no actor). Applying the same notification twice changes nothing the second time.
 */
public final class MailFeedbackService implements MailFeedbackUseCase {

    private final WebhookSignatures signatures;
    private final SubscriberRepository subscribers;
    private final Fingerprints fingerprints;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public MailFeedbackService(WebhookSignatures signatures, SubscriberRepository subscribers,
                               Fingerprints fingerprints, AuditTrail audit, Transactions transactions, Clock clock) {
        this.signatures = signatures;
        this.subscribers = subscribers;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome receive(byte[] body, String signatureHeader, Supplier<Notification> notification) {
        if (!signatures.configured()) {
            throw new InvalidSignatureException("No webhook secret is configured "
                    + "(BLOGFLOW_NEWSLETTER_WEBHOOK_SECRET): no delivery can be verified.");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidSignatureException("The X-Blogflow-Signature header is missing.");
        }
        if (!signatures.verifies(body, signatureHeader)) {
            throw new InvalidSignatureException("The X-Blogflow-Signature does not verify: forged, for "
                    + "another body, or older than the tolerance.");
        }
        Checked checked = check(notification.get());
        if (checked.feedback().isEmpty()) {
            return new Outcome(false, null);
        }
        MailFeedback feedback = checked.feedback().get();
        return transactions.inTransaction(() -> subscribers.findByEmail(fingerprints.of(checked.email()))
                .map(current -> apply(current, feedback))
                .orElse(new Outcome(false, null)));
    }

    private Outcome apply(Subscriber current, MailFeedback feedback) {
        Subscriber changed = current.reported(feedback, clock.instant());
        if (changed == current) {
            return new Outcome(false, current.state().code());
        }
        subscribers.update(changed);
        audit.record(null, "newsletter.subscriber-reported", "newsletter-subscriber", current.id().value(),
                Map.of("state", current.state().code()), Map.of("state", changed.state().code(), "report",
                        feedback.code()));
        return new Outcome(true, changed.state().code());
    }

    /** The notification's fields, each checked; a transient bounce is no feedback (empty). */
    private static Checked check(Notification notification) {
        if (notification == null) {
            throw new ValidationException(List.of(new FieldError("body", "body.required",
                    "A notification is a JSON object {type, email, bounceType?}.")));
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<MailFeedback> feedback = MailFeedback.ofCode(notification.type());
        if (feedback.isEmpty()) {
            errors.add(new FieldError("type", "type.invalid", "type is bounce or complaint."));
        }
        String bounceType = notification.bounceType() == null ? "permanent" : notification.bounceType();
        if (!bounceType.equals("permanent") && !bounceType.equals("transient")) {
            errors.add(new FieldError("bounceType", "bounceType.invalid", "bounceType is permanent or transient."));
        }
        SubscriberEmail email = null;
        try {
            email = new SubscriberEmail(notification.email());
        } catch (InvalidValueException e) {
            errors.add(new FieldError("email", e.code(), e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean transientBounce = feedback.get() == MailFeedback.BOUNCE && bounceType.equals("transient");
        return new Checked(transientBounce ? Optional.empty() : feedback, email);
    }

    private record Checked(Optional<MailFeedback> feedback, SubscriberEmail email) {
    }
}
