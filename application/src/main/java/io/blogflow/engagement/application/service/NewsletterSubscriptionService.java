package io.blogflow.engagement.application.service;

import io.blogflow.engagement.application.port.in.ConfirmSubscriptionUseCase;
import io.blogflow.engagement.application.port.in.SubscribeUseCase;
import io.blogflow.engagement.application.port.in.UnsubscribeUseCase;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.application.port.out.TokenSource;
import io.blogflow.engagement.domain.Consent;
import io.blogflow.engagement.domain.EngagementErrors;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.engagement.domain.SubscriberState;
import io.blogflow.engagement.domain.Topics;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.RateLimitedException;
import io.blogflow.shared.domain.Validation;
import io.blogflow.shared.domain.mail.Mail;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Double opt-in. A request stores a pending subscription (or renews a pending, unsubscribed or bounced one) with
 * the hash of a fresh token and queues the confirmation email in the same transaction; an active or complained
 * subscription is left alone. The answer is the same in every case, so the endpoint tells no one who subscribes.
 */
public final class NewsletterSubscriptionService implements SubscribeUseCase, ConfirmSubscriptionUseCase,
        UnsubscribeUseCase {

    private final SubscriberRepository subscribers;
    private final Fingerprints fingerprints;
    private final TokenSource tokens;
    private final UnsubscribeLinks unsubscribeLinks;
    private final OutgoingMail mail;
    private final RateLimiter limiter;
    private final NewsletterSettings settings;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public NewsletterSubscriptionService(SubscriberRepository subscribers, Fingerprints fingerprints,
                                         TokenSource tokens, UnsubscribeLinks unsubscribeLinks, OutgoingMail mail,
                                         RateLimiter limiter, NewsletterSettings settings, Transactions transactions,
                                         IdGenerator ids, Clock clock) {
        this.subscribers = subscribers;
        this.fingerprints = fingerprints;
        this.tokens = tokens;
        this.unsubscribeLinks = unsubscribeLinks;
        this.mail = mail;
        this.limiter = limiter;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void subscribe(Subscribe command) {
        throttle("newsletter-client:" + (command.client() == null ? "unknown" : command.client()),
                settings.perClient());
        Instant now = clock.instant();
        var validation = new Validation();
        SubscriberEmail email = validation.field("email", () -> new SubscriberEmail(command.email()));
        Topics topics = validation.field("topics", () -> Topics.of(command.topics()));
        Consent consent = validation.field("consent", () -> new Consent(now,
                blankToDefault(command.source(), "api"),
                blankToDefault(command.consentTextVersion(), settings.consentTextVersion())));
        validation.field("name", () -> Subscriber.validName(command.name()));
        validation.throwIfInvalid();
        Fingerprint address = fingerprints.of(email);
        // Per address: a quiet limit (the answer does not change), so no one can flood a mailbox with confirmations.
        if (!limiter.consume("newsletter-address:" + address.hex(), settings.perAddress()).allowed()) {
            return;
        }
        String token = tokens.newToken();
        Fingerprint tokenHash = fingerprints.ofToken(token);
        transactions.inTransaction(() -> {
            Optional<Subscriber> existing = subscribers.findByEmail(address);
            Subscriber pending;
            if (existing.isEmpty()) {
                pending = Subscriber.request(new SubscriberId(ids.newId()), email, command.name(), topics, consent,
                        tokenHash);
                if (!subscribers.add(pending)) {
                    return; // a concurrent request for the same address won; it sends the email
                }
            } else if (existing.get().acceptsNewRequest()) {
                pending = existing.get().requestAgain(command.name(), topics, consent, tokenHash);
                subscribers.update(pending);
            } else {
                return;
            }
            mail.queueUrgent(confirmation(pending, token));
        });
    }

    @Override
    public void confirm(String token) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            Subscriber subscriber = validToken(token)
                    .flatMap(hash -> subscribers.findByConfirmation(hash)
                            .filter(found -> found.confirmableWith(hash, now)))
                    .orElseThrow(() -> new EngagementErrors.InvalidToken("newsletter.invalid-token",
                            "This confirmation link is unknown, was used already or has expired (48 hours). "
                                    + "Subscribe again for a new one."));
            subscribers.update(subscriber.confirm(now));
        });
    }

    @Override
    public void unsubscribe(String token) {
        SubscriberId id = unsubscribeLinks.verify(token).orElseThrow(() -> new EngagementErrors.InvalidToken(
                "newsletter.invalid-token", "This unsubscribe link is not valid."));
        Instant now = clock.instant();
        transactions.inTransaction(() -> subscribers.find(id).ifPresent(subscriber -> {
            if (subscriber.state() != SubscriberState.UNSUBSCRIBED) {
                subscribers.update(subscriber.moveTo(SubscriberState.UNSUBSCRIBED, now));
            }
        }));
    }

    private Optional<Fingerprint> validToken(String token) {
        return token == null || token.isBlank() || token.length() > 200 ? Optional.empty()
                : Optional.of(fingerprints.ofToken(token.strip()));
    }

    private Mail confirmation(Subscriber subscriber, String token) {
        Map<String, String> data = new HashMap<>();
        data.put("confirmUrl", settings.confirmPage() + (settings.confirmPage().getQuery() == null ? "?" : "&")
                + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        data.put("name", subscriber.name().orElse(""));
        data.put("topics", String.join(", ", subscriber.topics().slugs()));
        data.put("hours", Long.toString(Subscriber.CONFIRMATION_VALIDITY.toHours()));
        return new Mail(subscriber.email().value(), "Confirm your subscription to " + settings.siteTitle(),
                "newsletter-confirm", data);
    }

    private void throttle(String key, RateLimiter.Limit limit) {
        var decision = limiter.consume(key, limit);
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
